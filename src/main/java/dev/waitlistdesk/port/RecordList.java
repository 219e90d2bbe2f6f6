package dev.waitlistdesk.port;

import java.util.List;

/**
 * Every record of the waitlist, newest first. {@code cut} when the portal holds more than the desk
 * reads at once ({@link #LIMIT}): the window then says so. {@code kinds}: the kinds of client the
 * portal's waitlist takes, read along with the list; empty when the portal did not say.
 */
public record RecordList(List<RecordHeader> records, boolean cut, List<ClientId.Kind> kinds) {

    /** The most records one list reads: 400 pages of 50. */
    public static final int LIMIT = 20_000;

    public RecordList {
        records = List.copyOf(records);
        kinds = List.copyOf(kinds);
    }
}
