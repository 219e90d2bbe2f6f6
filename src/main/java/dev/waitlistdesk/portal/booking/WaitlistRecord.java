package dev.waitlistdesk.portal.booking;

/** A waitlist entry. The API documents only these two fields; a null note is read as "". */
public record WaitlistRecord(long id, String note) {

    public WaitlistRecord {
        note = note == null ? "" : note;
    }
}
