package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.port.Failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The handle a view model keeps tells whether its work is under way, and a cancel drops the answer. */
class BackgroundRunnerTest {

    @Test
    void anUnexpectedFailureCarriesTheReferenceOfItsLogLine() {
        try (LogCapture logs = new LogCapture()) {
            Failure failure = BackgroundRunner.failureOf(new IllegalStateException("a bug"));

            String description = failure.evidence().description();
            Matcher reference = Pattern.compile("\\[ref [0-9A-F]{6}\\]").matcher(description);
            assertTrue(reference.find(), description);
            assertTrue(logs.lines().stream().anyMatch(
                    line -> line.contains(reference.group()) && line.contains("IllegalStateException")), logs.lines().toString());
        }
    }

    @Test
    void aHandleIsUnderWayUntilAnswered_andACancelledOneIsNeverAnswered() {
        List<Object> seen = new ArrayList<>();
        List<Runnable> later = new ArrayList<>();
        BackgroundRunner deferred = new BackgroundRunner() {
            @Override
            public <T> Running run(Callable<T> work, Consumer<? super T> ok, Consumer<? super Failure> failed) {
                Running running = new Running();
                later.add(() -> TestDesk.runNow(work, running.answers(ok), running.answers(failed)));
                running.stopsWith(() -> seen.add("stopped"));
                return running;
            }
        };

        BackgroundRunner.Running answered = deferred.run(() -> "answered", seen::add, seen::add);
        BackgroundRunner.Running cancelled = deferred.run(() -> "cancelled", seen::add, seen::add);
        assertTrue(answered.underWay());
        cancelled.cancel();
        cancelled.cancel(); // stops the work once
        later.forEach(Runnable::run); // both answers arrive; the cancelled one is dropped
        answered.cancel(); // too late: nothing to stop

        assertEquals(List.of("stopped", "answered"), seen);
        assertFalse(answered.underWay());
        assertFalse(cancelled.underWay());
        assertFalse(TestDesk.atOnce(() -> "now", seen::add, seen::add).underWay());
        assertFalse(BackgroundRunner.Running.NONE.underWay());
    }
}
