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

    /** Work under way. */
    interface Running {
        /** Stops the work's network call and drops its answer: neither callback runs afterwards. */
        void cancel();
    }

    <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Failure> onFailure);

    /**
     * Runs the work like {@link #run}, and returns its handle only while it is under way: null when the
     * runner ended it, callbacks included, before returning (a runner for tests does). A view model
     * keeps the result as its work in flight and clears that in the callbacks, in either order.
     */
    default <T> Running runTracked(Callable<T> work, Consumer<? super T> onSuccess,
                                   Consumer<? super Failure> onFailure) {
        boolean[] ended = {false};
        Running running = run(work, result -> {
            ended[0] = true;
            onSuccess.accept(result);
        }, failure -> {
            ended[0] = true;
            onFailure.accept(failure);
        });
        return ended[0] ? null : running;
    }

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
