package dev.waitlistdesk.desk;

/** One record of the waitlist as the portal holds it. */
public record WaitlistEntry(long id, RecordState state) {
}
