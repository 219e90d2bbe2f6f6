package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.port.Failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The handle a view model keeps is the work under way, whether the runner ends it at once or later. */
class BackgroundRunnerTest {

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
