package dev.waitlistdesk.port;

/** A waitlist record as the list method returns it: id and note, before its clients are read. */
public record RecordHeader(long id, String note) {

    public RecordHeader {
        note = note == null ? "" : note;
    }
}
