package dev.waitlistdesk.portal.crm;

/**
 * A CRM deal as the desk shows it next to a waitlist record. {@code stageId} is the stage's code
 * (NEW, C1:WON…); {@code stageSemantic} is P (in progress), S (won) or F (lost).
 */
public record Deal(long id, String title, String stageId, String stageSemantic, boolean closed) {

    public Deal {
        title = title == null ? "" : title;
        stageId = stageId == null ? "" : stageId;
        stageSemantic = stageSemantic == null ? "" : stageSemantic;
    }
}
