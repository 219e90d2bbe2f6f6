package dev.waitlistdesk.port;

/** How undoing a booking ended. */
public sealed interface UndoResult {

    /** The booking is deleted and the record is back on the waitlist under a new id. */
    record Back(long recordId) implements UndoResult {
    }

    /** Someone changed the booking (time, resources or clients) since it was made: nothing was done. */
    record Changed() implements UndoResult {
    }

    /** The booking is no longer on the portal: nothing was done. */
    record Gone() implements UndoResult {
    }
}
