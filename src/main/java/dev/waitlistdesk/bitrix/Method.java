package dev.waitlistdesk.bitrix;

import java.util.Objects;

/**
 * A REST method as the transport needs to know it: its name, and whether sending it twice is
 * harmless (then a network error or a 5xx may be retried). The adapters declare each method once,
 * beside their typed calls; the transport knows no method by name.
 */
public record Method(String name, boolean idempotent) {

    public Method {
        Objects.requireNonNull(name, "name");
    }

    /** A read, or a write that sets a fixed state (update, client.set, unset): the same state if run twice. */
    public static Method read(String name) {
        return new Method(name, true);
    }

    /** Adds or deletes something: never sent again once it may have run. */
    public static Method write(String name) {
        return new Method(name, false);
    }
}
