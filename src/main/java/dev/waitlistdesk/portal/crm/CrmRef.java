package dev.waitlistdesk.portal.crm;

import java.util.Objects;

/** Identifies a CRM contact or company. */
public record CrmRef(CrmKind kind, long id) {

    public CrmRef {
        Objects.requireNonNull(kind, "kind");
    }
}
