package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Finding 8: two desks share one portal's bucket, so 503 QUERY_LIMIT_EXCEEDED comes more often
 * than one desk's own pacing predicts. Reads keep retrying quietly while the budget recovers.
 */
class SharedRateLimitTest {

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void stop() {
        portal.close();
    }

    private void refuse(int times) {
        for (int i = 0; i < times; i++) {
            portal.error(503, "\"QUERY_LIMIT_EXCEEDED\"", "Too many requests");
        }
    }

    @Test
    void aReadRidesOutAFullSharedBucketInsteadOfFailing() {
        // given the other desk keeps the bucket full for five requests (the old code gave up after four)
        refuse(5);
        portal.ok("{\"result\":{\"waitList\":[]}}");

        portal.client.call(Method.read("booking.v1.waitlist.list"), Map.of());

        assertEquals(6, portal.server.getRequestCount());
        assertEquals(5, portal.client.stats().queryLimitRefusals());
        // 1, 2, 4, 8, 8 s: growing waits that stop growing, all inside the 30 s deadline
        assertEquals(Duration.ofSeconds(23), portal.totalSlept());
    }

    @Test
    void aWriteStillGivesUpAfterThreeRetries() {
        refuse(4);

        RestException e = assertThrows(RestException.class,
                () -> portal.client.call(Method.write("booking.v1.waitlist.add"), Map.of("fields", Map.of())));

        assertEquals(RestException.Kind.RATE_LIMITED, e.kind());
        assertEquals(4, portal.server.getRequestCount());
    }

    @Test
    void aReadGivesUpOnlyAtTheDeadline() {
        refuse(10);

        assertThrows(RestException.class, () -> portal.client.call(Method.read("booking.v1.waitlist.list"), Map.of()));

        assertTrue(portal.totalSlept().compareTo(Duration.ofSeconds(30)) < 0, portal.totalSlept().toString());
        assertEquals(6, portal.server.getRequestCount());
    }

    @Test
    void afterARefusalTheNextRequestsGoAtTheDrainRate() throws InterruptedException {
        FakeTime time = new FakeTime(0);
        RateLimiter limiter = new RateLimiter(RateLimiter.Plan.STANDARD, time, time);
        limiter.acquire();

        limiter.refused();

        assertEquals(Duration.ofMillis(500), limiter.reserve(), "the bucket is taken as full: one slot per 0.5 s");
    }
}
