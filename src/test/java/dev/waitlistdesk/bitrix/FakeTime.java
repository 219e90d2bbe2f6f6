package dev.waitlistdesk.bitrix;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when someone sleeps on it: tests see every wait and spend none. */
public final class FakeTime extends Clock implements Sleeper {

    private volatile long millis;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public FakeTime(long startMillis) {
        this.millis = startMillis;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        millis += duration.toMillis();
    }

    public synchronized void advance(Duration duration) {
        millis += duration.toMillis();
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public long millis() {
        return millis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
