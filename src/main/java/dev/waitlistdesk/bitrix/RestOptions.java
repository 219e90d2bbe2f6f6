package dev.waitlistdesk.bitrix;

import java.time.Clock;
import java.util.Objects;

/**
 * How a RestClient paces, retries and times out; the clock and sleeper are injectable so tests need no
 * real waiting, and the limits can be shortened so a test of a silent portal ends quickly.
 */
public record RestOptions(RateLimiter.Plan plan, RetryPolicy retry, Clock clock, Sleeper sleeper,
                          CallLimits limits) {

    public RestOptions {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(limits, "limits");
    }

    public static RestOptions defaults() {
        return new RestOptions(RateLimiter.Plan.STANDARD, RetryPolicy.defaults(), Clock.systemUTC(), Sleeper.REAL,
                CallLimits.defaults());
    }

    public RestOptions withPlan(RateLimiter.Plan newPlan) {
        return new RestOptions(newPlan, retry, clock, sleeper, limits);
    }

    public RestOptions withRetry(RetryPolicy newRetry) {
        return new RestOptions(plan, newRetry, clock, sleeper, limits);
    }

    public RestOptions withTime(Clock newClock, Sleeper newSleeper) {
        return new RestOptions(plan, retry, newClock, newSleeper, limits);
    }

    public RestOptions withLimits(CallLimits newLimits) {
        return new RestOptions(plan, retry, clock, sleeper, newLimits);
    }
}
