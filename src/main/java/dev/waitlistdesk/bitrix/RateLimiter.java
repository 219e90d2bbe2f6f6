package dev.waitlistdesk.bitrix;

import java.time.Clock;
import java.time.Duration;

/**
 * A client-side leaky bucket mirroring Bitrix24's own: each request adds one, the level drains
 * {@code perSecond} a second, and a request that would push it past {@code burst} waits. Staying
 * inside the portal's bucket means normal use never sees QUERY_LIMIT_EXCEEDED.
 */
public final class RateLimiter {

    /** The documented cloud limits: 2 req/s with a threshold of 50; Enterprise 5 and 250. */
    public record Plan(double perSecond, int burst) {
        public static final Plan STANDARD = new Plan(2, 50);
        public static final Plan ENTERPRISE = new Plan(5, 250);

        public Plan {
            if (perSecond <= 0 || burst < 1) {
                throw new IllegalArgumentException("The rate must be positive and the burst at least 1");
            }
        }
    }

    private final Plan plan;
    private final Clock clock;
    private final Sleeper sleeper;
    private double level;
    private long lastMillis;

    public RateLimiter(Plan plan, Clock clock, Sleeper sleeper) {
        this.plan = plan;
        this.clock = clock;
        this.sleeper = sleeper;
        this.lastMillis = clock.millis();
    }

    /** Takes one slot, waiting as long as the bucket needs to drain for it. */
    public void acquire() throws InterruptedException {
        Duration wait = reserve();
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    /** Books the slot now and says how long to wait before using it; the lock is not held while waiting. */
    synchronized Duration reserve() {
        long now = clock.millis();
        level = Math.max(0, level - (now - lastMillis) / 1000.0 * plan.perSecond());
        lastMillis = now;
        level += 1;
        double excess = level - plan.burst();
        return excess <= 0 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(excess / plan.perSecond() * 1000));
    }

    /**
     * The portal refused a request (503 QUERY_LIMIT_EXCEEDED): its bucket is fuller than ours thinks,
     * because other desks share it. Count ours as full, so the next requests go at the drain rate.
     */
    synchronized void refused() {
        long now = clock.millis();
        level = Math.max(0, level - (now - lastMillis) / 1000.0 * plan.perSecond());
        lastMillis = now;
        level = Math.max(level, plan.burst());
    }

    public Plan plan() {
        return plan;
    }
}
