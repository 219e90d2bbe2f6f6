package dev.waitlistdesk.desk.common;

import java.time.Duration;

/** Runs an action on the UI thread after a delay: the search debounce and the automatic retry. */
public interface Scheduler {

    /** Cancels a scheduled action that has not run yet; does nothing afterwards. */
    interface Cancellable {
        void cancel();
    }

    Cancellable schedule(Duration delay, Runnable action);
}
