package dev.waitlistdesk.desk.list;

import java.time.Duration;

/**
 * How long the live refresh waits before its next look at the portal. Bitrix24 allows about 2
 * requests a second per portal, shared by every desk (bitrix24-api.md §2.1); the poll takes at most
 * a tenth of that while the window is in use, and much less when nothing changes, the window is in
 * the background, or the portal says it is busy: an idle desk settles at about 1 % or less.
 */
public final class PollPace {

    /** The share of the portal's 2 requests/s the poll may take at its busiest: 0.2 requests/s. */
    static final double REQUESTS_PER_SECOND = 0.2;
    /** The share an idle desk settles at: 0.02 requests/s, 1 % of the portal's budget. */
    static final double IDLE_REQUESTS_PER_SECOND = 0.02;
    public static final Duration FASTEST = Duration.ofSeconds(15);
    static final Duration SLOWEST = Duration.ofMinutes(5);
    private static final int RECORDS_PER_REQUEST = 25; // a list page of 50 and its client batch of 50

    private int quietPolls;
    private int busyAnswers;

    /** After a poll: whether it found a change, and whether the portal said it was over its limit. */
    void polled(boolean changed, boolean busy) {
        quietPolls = changed ? 0 : Math.min(quietPolls + 1, 4);
        busyAnswers = busy ? Math.min(busyAnswers + 1, 4) : 0;
    }

    /** The receptionist did something: colleagues' changes matter again soon. */
    void active() {
        quietPolls = 0;
    }

    Duration next(int records, boolean windowFocused) {
        long requests = 1 + (records + RECORDS_PER_REQUEST - 1) / RECORDS_PER_REQUEST;
        double seconds = Math.max(FASTEST.toSeconds(), requests / REQUESTS_PER_SECOND);
        seconds *= 1L << quietPolls;        // 1× … 16× while nothing changes
        seconds *= 1L << (2 * busyAnswers); // 4×, 16×… after 503s
        if (!windowFocused) {
            seconds *= 4;
        }
        double slowest = Math.max(SLOWEST.toSeconds(), requests / IDLE_REQUESTS_PER_SECOND);
        return Duration.ofSeconds((long) Math.min(seconds, slowest));
    }
}
