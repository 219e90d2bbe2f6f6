package dev.waitlistdesk.port;

/** How a conflict-checked save ended. */
public sealed interface SaveOutcome {

    /** Written (or nothing needed writing); {@code held} is what the portal holds now, read back. */
    record Saved(RecordState held) implements SaveOutcome {
    }

    /** Not written: someone changed the record since this desk loaded it; {@code theirs} is what it holds now. */
    record Conflict(RecordState theirs) implements SaveOutcome {
    }
}
