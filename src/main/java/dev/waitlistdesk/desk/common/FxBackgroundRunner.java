package dev.waitlistdesk.desk.common;

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
        Running running = new Running();
        Consumer<? super T> succeeded = running.answers(onSuccess);
        Consumer<? super Failure> failed = running.answers(onFailure);
        task.setOnSucceeded(e -> succeeded.accept(task.getValue()));
        // Errors too: a failure of any kind must end the caller's busy state.
        task.setOnFailed(e -> failed.accept(BackgroundRunner.failureOf(task.getException())));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // The window is closing and its executor has stopped: there is nobody left to answer.
            running.cancel();
            return running;
        }
        // Cancelling interrupts the worker, which stops its HTTP call. A Task whose answer is already queued
        // for the FX thread still reports it; the handle drops that answer.
        running.stopsWith(() -> task.cancel(true));
        return running;
    }
}
