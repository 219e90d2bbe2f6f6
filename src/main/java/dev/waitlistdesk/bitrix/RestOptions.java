package dev.waitlistdesk.bitrix;

import java.time.Clock;
import java.util.Objects;

/** How a RestClient paces and retries; the clock and sleeper are injectable so tests need no real waiting. */
public record RestOptions(RateLimiter.Plan plan, RetryPolicy retry, Clock clock, Sleeper sleeper) {

    public RestOptions {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    public static RestOptions defaults() {
        return new RestOptions(RateLimiter.Plan.STANDARD, RetryPolicy.defaults(), Clock.systemUTC(), Sleeper.REAL);
    }

    public RestOptions withPlan(RateLimiter.Plan newPlan) {
        return new RestOptions(newPlan, retry, clock, sleeper);
    }

    public RestOptions withRetry(RetryPolicy newRetry) {
        return new RestOptions(plan, newRetry, clock, sleeper);
    }

    public RestOptions withTime(Clock newClock, Sleeper newSleeper) {
        return new RestOptions(plan, retry, newClock, newSleeper);
    }
}
