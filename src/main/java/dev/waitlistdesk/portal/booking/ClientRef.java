package dev.waitlistdesk.portal.booking;

import java.util.Objects;

/** One client of a waitlist record: a CRM contact or company id with its type. */
public record ClientRef(long id, ClientType type) {

    public ClientRef {
        Objects.requireNonNull(type, "type");
    }

    public static ClientRef contact(long id) {
        return new ClientRef(id, ClientType.CONTACT);
    }

    public static ClientRef company(long id) {
        return new ClientRef(id, ClientType.COMPANY);
    }
}
