package dev.waitlistdesk.portal.booking;

import java.util.List;
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

    /** A CRM deal link with a numeric id. */
    public boolean isDeal() {
        return moduleId.equalsIgnoreCase("crm") && entityTypeId.equalsIgnoreCase("DEAL") && value.strip().matches("\\d{1,18}");
    }

    /** The deal ids among the links, in order, each once. */
    public static List<Long> dealIds(List<ExternalLink> links) {
        return links.stream().filter(ExternalLink::isDeal).map(link -> Long.parseLong(link.value().strip()))
                .distinct().toList();
    }
}
