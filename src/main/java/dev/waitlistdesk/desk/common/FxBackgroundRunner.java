package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.port.Failure;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs work as a JavaFX Task on the app's executor; the outcome arrives on the FX thread. */
public final class FxBackgroundRunner implements BackgroundRunner {

    private final Executor executor;

    public FxBackgroundRunner(Executor executor) {
        this.executor = executor;
    }

    @Override
    public <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Failure> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        // Errors too: a failure of any kind must end the caller's busy state.
        task.setOnFailed(e -> onFailure.accept(BackgroundRunner.failureOf(task.getException())));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // The window is closing and its executor has stopped: there is nobody left to answer.
            return () -> { };
        }
        // Cancelling interrupts the worker, which stops its HTTP call; a cancelled Task reports nothing.
        return () -> task.cancel(true);
    }
}
