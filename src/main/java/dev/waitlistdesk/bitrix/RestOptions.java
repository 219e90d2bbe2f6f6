package dev.waitlistdesk.bitrix;

import java.time.Clock;
import java.util.Objects;

/**
 * How a RestClient paces, retries, times out and which proxy it goes through; the clock and sleeper
 * are injectable so tests need no real waiting, and the limits can be shortened so a test of a silent
 * portal ends quickly.
 */
public record RestOptions(RateLimiter.Plan plan, RetryPolicy retry, Clock clock, Sleeper sleeper,
                          CallLimits limits, ProxySetting proxy) {

    public RestOptions {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(proxy, "proxy");
    }

    public static RestOptions defaults() {
        return new RestOptions(RateLimiter.Plan.STANDARD, RetryPolicy.defaults(), Clock.systemUTC(), Sleeper.REAL,
                CallLimits.defaults(), ProxySetting.SYSTEM);
    }

    public RestOptions withPlan(RateLimiter.Plan newPlan) {
        return new RestOptions(newPlan, retry, clock, sleeper, limits, proxy);
    }

    public RestOptions withRetry(RetryPolicy newRetry) {
        return new RestOptions(plan, newRetry, clock, sleeper, limits, proxy);
    }

    public RestOptions withTime(Clock newClock, Sleeper newSleeper) {
        return new RestOptions(plan, retry, newClock, newSleeper, limits, proxy);
    }

    /** The proxy the calls go through (the system's by default). */
    public RestOptions withProxy(ProxySetting newProxy) {
        return new RestOptions(plan, retry, clock, sleeper, limits, newProxy);
    }

    public RestOptions withLimits(CallLimits newLimits) {
        return new RestOptions(plan, retry, clock, sleeper, newLimits, proxy);
    }
}
