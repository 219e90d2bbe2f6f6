package dev.waitlistdesk.desk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.port.Failure;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Background work on the real toolkit: every failure, Errors too, ends on the failure path; a cancel drops the answer. */
@ExtendWith(ApplicationExtension.class)
class FxBackgroundRunnerTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final FxBackgroundRunner runner = new FxBackgroundRunner(executor);

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void anErrorInTheWorkArrivesAsAFailure_soNoBusyStateOutlivesIt() throws Exception {
        CompletableFuture<Failure> failed = new CompletableFuture<>();
        Platform.runLater(() -> runner.run(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, ok -> failed.completeExceptionally(new AssertionError("succeeded")), failed::complete));

        Failure failure = failed.get(10, TimeUnit.SECONDS);

        assertTrue(failure instanceof Failure.Unexpected, failure.toString());
        // with the reference of its log line (BackgroundRunnerTest), and no Java name for the small print
        assertTrue(failure.evidence().description().matches("\\[ref [0-9A-F]{6}\\]"),
                failure.evidence().description());
    }

    @Test
    void aCancelledTaskReportsNothing_andItsWorkerIsInterrupted() throws Exception {
        AtomicBoolean answered = new AtomicBoolean();
        CompletableFuture<Void> started = new CompletableFuture<>();
        CompletableFuture<Void> interrupted = new CompletableFuture<>();
        AtomicReference<BackgroundRunner.Running> running = new AtomicReference<>();
        Platform.runLater(() -> running.set(runner.run(() -> {
            started.complete(null);
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted.complete(null);
                throw e;
            }
            return "late";
        }, ok -> answered.set(true), failure -> answered.set(true))));
        started.get(10, TimeUnit.SECONDS);

        Platform.runLater(() -> running.get().cancel());

        interrupted.get(10, TimeUnit.SECONDS); // the worker was interrupted, which stops its HTTP call
        Thread.sleep(200);
        CompletableFuture<Void> fxDone = new CompletableFuture<>();
        Platform.runLater(() -> fxDone.complete(null));
        fxDone.get(5, TimeUnit.SECONDS);
        assertFalse(answered.get(), "a cancelled task still answered");
    }
}
