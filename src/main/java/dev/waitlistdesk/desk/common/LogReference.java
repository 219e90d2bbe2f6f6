package dev.waitlistdesk.desk.common;

import java.util.concurrent.ThreadLocalRandom;
import java.util.HexFormat;

/**
 * A short code that ties a "something went wrong" on screen to its line in the log file: the
 * receptionist reads it out, support finds it with a search.
 */
public final class LogReference {

    private LogReference() {
    }

    /** Six upper-case hex digits, e.g. {@code 3F9A0C}; written into the log line as {@code [ref 3F9A0C]}. */
    public static String next() {
        byte[] bytes = new byte[3];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /** The text logged with it, so the line can be found by the reference. */
    public static String tag(String reference) {
        return "[ref " + reference + "]";
    }
}
