package dev.waitlistdesk.bitrix;

import java.time.Duration;

/** Waits; tests pass one that only advances a fake clock. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

    void sleep(Duration duration) throws InterruptedException;
}
