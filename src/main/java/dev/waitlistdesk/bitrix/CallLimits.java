package dev.waitlistdesk.bitrix;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one call may take and how large its answer may be. The deadline covers the whole call
 * with its retries, so a receptionist never waits minutes for one action (before: 75 s × 3).
 *
 * @param connectTimeout to open the connection
 * @param readTimeout    between two reads of the answer
 * @param deadline       the whole call, retries and their waits included (a pause for the
 *                       portal's OPERATION_TIME_LIMIT hold is limited by RetryPolicy.maxHold instead)
 * @param maxAnswerBytes the largest answer accepted, counted after decompression
 */
public record CallLimits(Duration connectTimeout, Duration readTimeout, Duration deadline, int maxAnswerBytes) {

    public CallLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(deadline, "deadline");
        if (maxAnswerBytes < 1024) {
            throw new IllegalArgumentException("An answer limit under 1 KiB cannot hold a Bitrix24 answer");
        }
    }

    /**
     * Connect 10 s, read 20 s, 30 s per call with retries, answers up to 8 MiB: a batch of 50 full
     * pages of CRM items is well under 2 MiB, and the parsed tree of 8 MiB still fits a small heap.
     */
    public static CallLimits defaults() {
        return new CallLimits(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30), 8 << 20);
    }
}
