package dev.waitlistdesk.ui;

import dev.waitlistdesk.desk.BackgroundRunner;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs work as a JavaFX Task on the app's executor; the outcome arrives on the FX thread. */
public final class FxBackgroundRunner implements BackgroundRunner {

    private final Executor executor;

    public FxBackgroundRunner(Executor executor) {
        this.executor = executor;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable failure = task.getException();
            if (failure instanceof Exception exception) {
                onFailure.accept(exception);
            } else {
                Thread.currentThread().getUncaughtExceptionHandler()
                        .uncaughtException(Thread.currentThread(), failure);
            }
        });
        executor.execute(task);
    }
}
