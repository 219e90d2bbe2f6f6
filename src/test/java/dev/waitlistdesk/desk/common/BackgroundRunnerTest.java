package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.port.Failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.LogCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The handle a view model keeps is the work under way, whether the runner ends it at once or later. */
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
    void workEndedBeforeRunReturnsLeavesNoHandle_workUnderWayDoes() {
        List<Object> seen = new ArrayList<>();
        BackgroundRunner atOnce = new BackgroundRunner() {
            @Override
            public <T> Running run(Callable<T> work, Consumer<? super T> ok,
                                   Consumer<? super Failure> failed) {
                TestDesk.runNow(work, ok, failed);
                return () -> seen.add("cancelled");
            }
        };
        List<Runnable> later = new ArrayList<>();
        BackgroundRunner deferred = new BackgroundRunner() {
            @Override
            public <T> Running run(Callable<T> work, Consumer<? super T> ok,
                                   Consumer<? super Failure> failed) {
                later.add(() -> TestDesk.runNow(work, ok, failed));
                return () -> seen.add("cancelled");
            }
        };

        assertNull(atOnce.runTracked(() -> "now", seen::add, seen::add));
        BackgroundRunner.Running underWay = deferred.runTracked(() -> "later", seen::add, seen::add);
        assertNotNull(underWay);
        later.forEach(Runnable::run);

        assertEquals(List.of("now", "later"), seen);
    }
}
