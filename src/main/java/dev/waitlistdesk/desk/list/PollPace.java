package dev.waitlistdesk.desk.list;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the live refresh waits before its next look at the portal. A look is one request
 * whatever the list's size, so a desk in use looks every 15 seconds: 0.067 requests/s, a thirtieth of
 * the portal's 2 requests/s (bitrix24-api.md §2.1), and ten desks fit in it with room for saves.
 * Only after minutes without use does it slow down (doubling per quiet look, up to 5 minutes), and
 * four times more after each answer that the portal is busy.
 */
public final class PollPace {

    public static final Duration FASTEST = Duration.ofSeconds(15);
    /** How long after the receptionist's last action the desk still counts as in use. */
    static final Duration IN_USE = Duration.ofMinutes(3);
    static final Duration SLOWEST = Duration.ofMinutes(5);

    private Instant lastUse = Instant.MIN;
    private int quietPolls;
    private int busyAnswers;

    /** After a poll: whether it found a change, and whether the portal said it was over its limit. */
    void polled(boolean changed, boolean busy) {
        quietPolls = changed ? 0 : Math.min(quietPolls + 1, 5);
        busyAnswers = busy ? Math.min(busyAnswers + 1, 3) : 0;
    }

    /** The receptionist did something: colleagues' changes matter again, every 15 seconds. */
    void active(Instant now) {
        lastUse = now;
        quietPolls = 0;
    }

    /** Whether the receptionist did something in the last 3 minutes. */
    boolean inUse(Instant now) {
        return !now.isAfter(lastUse.plus(IN_USE));
    }

    Duration next(Instant now) {
        long seconds = FASTEST.toSeconds();
        if (!inUse(now)) {
            seconds <<= quietPolls; // 15 s … 4 min while nothing changes and nobody works
        }
        seconds <<= 2 * busyAnswers; // 4×, 16×… after 503s
        return Duration.ofSeconds(Math.min(seconds, SLOWEST.toSeconds()));
    }
}
