package dev.waitlistdesk.bitrix;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts what a RestClient met on the way, for the portal check's report on the rate limit. */
public final class CallStats {

    private final AtomicInteger queryLimitRefusals = new AtomicInteger();
    private final AtomicInteger holds = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();

    void queryLimitRefused() {
        queryLimitRefusals.incrementAndGet();
    }

    void held() {
        holds.incrementAndGet();
    }

    void retried() {
        retries.incrementAndGet();
    }

    /** Answers 503 QUERY_LIMIT_EXCEEDED: the portal's shared request bucket was full. */
    public int queryLimitRefusals() {
        return queryLimitRefusals.get();
    }

    /** Answers 429 OPERATION_TIME_LIMIT that paused a method. */
    public int holds() {
        return holds.get();
    }

    /** Requests sent again after a refusal, a network failure or a server error. */
    public int retries() {
        return retries.get();
    }
}
