package dev.waitlistdesk.port;

import java.util.Objects;

/** The one way the desk names a waitlist client: a CRM contact or company by its id. */
public record ClientId(Kind kind, long id) {

    public enum Kind { CONTACT, COMPANY }

    public ClientId {
        Objects.requireNonNull(kind, "kind");
    }

    public static ClientId contact(long id) {
        return new ClientId(Kind.CONTACT, id);
    }

    public static ClientId company(long id) {
        return new ClientId(Kind.COMPANY, id);
    }
}
