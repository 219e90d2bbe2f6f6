package dev.waitlistdesk.bitrix;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How often and how long RestClient retries.
 *
 * @param queryLimitRetries retries after 503 QUERY_LIMIT_EXCEEDED, for every request, writes included:
 *                          the request never ran, and the bucket is shared by every desk of the portal,
 *                          so by default they go on quietly until the call's deadline (CallLimits)
 * @param transientRetries  retries after a network error or 5xx, for idempotent calls only
 * @param firstBackoff      the first wait; each further wait doubles it (docs' sample: 1 s, 2 s, 4 s)
 * @param maxHold           the longest a call waits for an OPERATION_TIME_LIMIT hold to end;
 *                          a longer hold fails at once with RATE_LIMITED
 * @param jitter            a factor source in [0, 1); the wait is scaled by 0.75 + jitter / 2
 */
public record RetryPolicy(int queryLimitRetries, int transientRetries, Duration firstBackoff, Duration maxHold,
                          DoubleSupplier jitter) {

    /** Retries after QUERY_LIMIT_EXCEEDED that only the call's deadline limits in practice. */
    public static final int UNTIL_DEADLINE = 1_000;

    public static RetryPolicy defaults() {
        return new RetryPolicy(UNTIL_DEADLINE, 2, Duration.ofSeconds(1), Duration.ofSeconds(30),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * The wait before retry number {@code retry} (1-based): doubling up to eight times the first wait
     * (1, 2, 4, 8, 8… s), with ±25 % jitter. The call's deadline decides how many there are.
     */
    Duration backoff(int retry) {
        double factor = 0.75 + Math.min(Math.max(jitter.getAsDouble(), 0), 1) / 2;
        long base = firstBackoff.toMillis() << Math.min(Math.max(retry - 1, 0), 3);
        return Duration.ofMillis(Math.round(base * factor));
    }
}
