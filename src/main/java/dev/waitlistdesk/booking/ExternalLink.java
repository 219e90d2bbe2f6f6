package dev.waitlistdesk.booking;

import java.util.Objects;

/** A link of a waitlist record to another entity; only CRM deals are supported for now (all three as text). */
public record ExternalLink(String moduleId, String entityTypeId, String value) {

    public ExternalLink {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(entityTypeId, "entityTypeId");
        Objects.requireNonNull(value, "value");
    }

    public static ExternalLink deal(long dealId) {
        return new ExternalLink("crm", "DEAL", Long.toString(dealId));
    }
}
