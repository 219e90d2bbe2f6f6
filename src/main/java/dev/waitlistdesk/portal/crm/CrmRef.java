package dev.waitlistdesk.portal.crm;

import dev.waitlistdesk.port.ClientId;
import java.util.Objects;

/** Identifies a CRM contact or company. */
public record CrmRef(CrmKind kind, long id) {

    public CrmRef {
        Objects.requireNonNull(kind, "kind");
    }

    public static CrmRef of(ClientId id) {
        return new CrmRef(id.kind() == ClientId.Kind.COMPANY ? CrmKind.COMPANY : CrmKind.CONTACT, id.id());
    }

    public ClientId clientId() {
        return kind == CrmKind.COMPANY ? ClientId.company(id) : ClientId.contact(id);
    }
}
