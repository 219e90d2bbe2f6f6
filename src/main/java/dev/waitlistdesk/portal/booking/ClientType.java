package dev.waitlistdesk.portal.booking;

import java.util.Objects;

/** A client type as {@code booking.v1.clienttype.list} returns it: {"module": "crm", "code": "CONTACT"}. */
public record ClientType(String module, String code) {

    public static final ClientType CONTACT = new ClientType("crm", "CONTACT");
    public static final ClientType COMPANY = new ClientType("crm", "COMPANY");

    public ClientType {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(code, "code");
    }
}
