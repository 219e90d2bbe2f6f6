package dev.waitlistdesk.port;

import java.util.List;

/**
 * Every record of the waitlist, newest first. {@code cut} when the portal holds more than the desk
 * reads at once ({@link #LIMIT}): the window then says so.
 */
public record RecordList(List<RecordHeader> records, boolean cut) {

    /** The most records one list reads: 400 pages of 50. */
    public static final int LIMIT = 20_000;

    public RecordList {
        records = List.copyOf(records);
    }
}
