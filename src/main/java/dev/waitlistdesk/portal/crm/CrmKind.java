package dev.waitlistdesk.portal.crm;

/** The two CRM entity types a waitlist client can be. */
public enum CrmKind {
    CONTACT(3),
    COMPANY(4);

    private final int entityTypeId;

    CrmKind(int entityTypeId) {
        this.entityTypeId = entityTypeId;
    }

    /** The crm.item.* entityTypeId. */
    public int entityTypeId() {
        return entityTypeId;
    }
}
