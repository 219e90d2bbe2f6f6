package dev.waitlistdesk.desk.common;

import java.time.Duration;
import java.time.Instant;

/** Runs an action on the UI thread after a delay: the search debounce and the automatic retry. */
public interface Scheduler {

    /** Cancels a scheduled action that has not run yet; does nothing afterwards. */
    interface Cancellable {
        void cancel();
    }

    Cancellable schedule(Duration delay, Runnable action);

    /** The time on the scheduler's clock: the wall clock, or a test's own. */
    default Instant now() {
        return Instant.now();
    }
}
