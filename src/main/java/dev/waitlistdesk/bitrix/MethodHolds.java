package dev.waitlistdesk.bitrix;

import dev.waitlistdesk.bitrix.RestException.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-method pauses after 429 OPERATION_TIME_LIMIT (limits.md): that method, and only that one,
 * waits until its time budget resets, at the last {@code time.operating_reset_at} seen for it.
 */
final class MethodHolds {

    private static final System.Logger LOG = System.getLogger(RestClient.class.getName());
    /** With no reset time known: one bucket of the ten-minute window. */
    private static final Duration DEFAULT_HOLD = Duration.ofSeconds(60);

    private final RestOptions options;
    private final Map<String, Long> holdUntilMillis = new ConcurrentHashMap<>();
    private final Map<String, Long> resetAtMillis = new ConcurrentHashMap<>();

    MethodHolds(RestOptions options) {
        this.options = options;
    }

    void remember(String method, ResponseTime time) {
        if (time.operatingResetAt() != null) {
            resetAtMillis.put(method, time.operatingResetAt() * 1000);
        }
    }

    /** Starts a hold of the method; true if it is short enough for a call to wait it out. */
    boolean hold(String method) {
        long now = options.clock().millis();
        Long reset = resetAtMillis.get(method);
        long until = reset != null && reset > now ? reset : now + DEFAULT_HOLD.toMillis();
        holdUntilMillis.merge(method, until, Math::max);
        LOG.log(System.Logger.Level.INFO, () -> method + " is paused by the portal until " + Instant.ofEpochMilli(until));
        return until - now <= options.retry().maxHold().toMillis();
    }

    /** Waits out a short hold; a long one fails at once, without bothering the portal. */
    void waitFor(String method) throws InterruptedException {
        Long until = holdUntilMillis.get(method);
        if (until == null) {
            return;
        }
        long wait = until - options.clock().millis();
        if (wait <= 0) {
            holdUntilMillis.remove(method, until);
        } else if (wait > options.retry().maxHold().toMillis()) {
            throw new RestException(Kind.RATE_LIMITED, method, 429, "OPERATION_TIME_LIMIT",
                    "Bitrix24 pauses this method for this app until " + Instant.ofEpochMilli(until)
                            + " (its time budget is used up).", null);
        } else {
            options.sleeper().sleep(Duration.ofMillis(wait));
        }
    }
}
