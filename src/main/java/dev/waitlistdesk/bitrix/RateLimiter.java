package dev.waitlistdesk.bitrix;

import java.time.Clock;
import java.time.Duration;

/**
 * A client-side leaky bucket mirroring Bitrix24's own: each request adds one, the level drains
 * {@code perSecond} a second, and a request that would push it past {@code burst} waits. Staying
 * inside the portal's bucket means normal use never sees QUERY_LIMIT_EXCEEDED.
 *
 * <p>The portal's bucket is shared by every desk on it, so this desk's share of the drain adapts:
 * each refusal takes 30 % off it, each accepted request adds a fiftieth of the plan's rate back
 * (additive increase, multiplicative decrease: desks that meet the same refusals settle at equal
 * shares). It never drops below an eighth of the plan's rate, so a resend waits at most 4 s on the
 * standard plan: a request refused several times running still gets its turn within its deadline.
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
    /** This desk's share of the drain: the plan's rate until the portal refuses a request. */
    private double rate;
    private double level;
    private long lastMillis;

    public RateLimiter(Plan plan, Clock clock, Sleeper sleeper) {
        this.plan = plan;
        this.clock = clock;
        this.sleeper = sleeper;
        this.rate = plan.perSecond();
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
        drain();
        level += 1;
        double excess = level - plan.burst();
        return excess <= 0 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(excess / rate * 1000));
    }

    /** How long the next request would wait now, without booking it. */
    synchronized Duration nextWait() {
        drain();
        double excess = level + 1 - plan.burst();
        return excess <= 0 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(excess / rate * 1000));
    }

    /**
     * The portal refused a request (503 QUERY_LIMIT_EXCEEDED): its bucket is fuller than ours thinks,
     * because other desks share it. Count ours as full and cut this desk's share, so the next
     * requests go at the (smaller) drain rate.
     */
    synchronized void refused() {
        drain();
        level = Math.max(level, plan.burst());
        rate = Math.max(plan.perSecond() / 8, rate * 0.7);
    }

    /** The portal ran a request: take back a little more of the drain, up to the plan's rate. */
    synchronized void accepted() {
        rate = Math.min(plan.perSecond(), rate + plan.perSecond() / 50);
    }

    /** This desk's share of the drain, in requests a second. */
    synchronized double share() {
        return rate;
    }

    private void drain() {
        long now = clock.millis();
        level = Math.max(0, level - (now - lastMillis) / 1000.0 * rate);
        lastMillis = now;
    }

    public Plan plan() {
        return plan;
    }
}
