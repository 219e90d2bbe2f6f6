package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.StoreException;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (every portal call) off the UI thread and hands the outcome back on it. The
 * app uses a JavaFX Task on one bounded executor; tests run the work directly. Any throwable of
 * the work, Errors included, arrives as a {@link Failure}, so no busy state can outlive its work.
 */
public interface BackgroundRunner {

    /**
     * Work under way, as the view model that started it keeps it: it can be cancelled, and says whether
     * it still is under way. Used on one thread (the FX thread in the app), so a cancel and an answer
     * never race: once either happened, nothing else does.
     */
    final class Running {

        /** No work: a view model's handle before it starts any. */
        public static final Running NONE = new Running(true);

        private boolean over;
        private Runnable stop = () -> { };

        /** For a runner: the handle of work it starts. */
        public Running() {
            this(false);
        }

        private Running(boolean over) {
            this.over = over;
        }

        /** For a runner: how to stop the work (its network call) when the view model cancels it. */
        public void stopsWith(Runnable stop) {
            this.stop = stop;
        }

        /** For a runner: the callback, passed the outcome only while the work was neither cancelled nor answered. */
        public <T> Consumer<T> answers(Consumer<? super T> callback) {
            return outcome -> {
                if (!over) {
                    over = true;
                    callback.accept(outcome);
                }
            };
        }

        /** True until the outcome has been handed over or the work was cancelled. */
        public boolean underWay() {
            return !over;
        }

        /** Stops the work's network call and drops its answer: neither callback runs afterwards. */
        public void cancel() {
            if (!over) {
                over = true;
                stop.run();
            }
        }
    }

    /**
     * Starts the work; its outcome reaches one of the callbacks, on this thread, unless it is cancelled. A
     * runner may end the work before returning (a runner for tests does): the handle then says so.
     */
    <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Failure> onFailure);

    /** The failure a throwable of background work stands for. */
    static Failure failureOf(Throwable thrown) {
        if (thrown instanceof StoreException store) {
            return store.failure();
        }
        // the reference in the small print finds this line in the log file
        String reference = LogReference.next();
        System.getLogger(BackgroundRunner.class.getName()).log(System.Logger.Level.ERROR,
                LogReference.tag(reference) + " Unexpected failure in background work", thrown);
        return new Failure.Unexpected(new Failure.Evidence("",
                LogReference.tag(reference), 0)); // the exception's name is in the log, not in the small print
    }
}
