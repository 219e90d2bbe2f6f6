package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Finding 8: two desks share one portal's bucket, so 503 QUERY_LIMIT_EXCEEDED comes more often
 * than one desk's own pacing predicts. Every request, writes included, is resent quietly while the
 * budget recovers: the refusal means it never ran.
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
        // this desk's share shrinks by 30 % at each refusal: growing waits, all inside the 30 s deadline
        assertEquals(List.of(Duration.ofMillis(715), Duration.ofMillis(1021), Duration.ofMillis(1458),
                Duration.ofMillis(2083), Duration.ofMillis(2975)), portal.time.sleeps());
    }

    @Test
    void aWriteIsResentLikeARead() {
        refuse(5);
        portal.ok("{\"result\":{\"id\":107}}");

        long id = portal.client.call(Method.write("booking.v1.waitlist.add"), Map.of("fields", Map.of())).path("id").asLong();

        assertEquals(107, id);
        assertEquals(6, portal.server.getRequestCount());
    }

    @Test
    void aRequestGivesUpOnlyAtTheDeadline() {
        refuse(10);

        assertThrows(RestException.class, () -> portal.client.call(Method.read("booking.v1.waitlist.list"), Map.of()));

        assertTrue(portal.totalSlept().compareTo(Duration.ofSeconds(30)) < 0, portal.totalSlept().toString());
        assertTrue(portal.time.sleeps().stream().allMatch(wait -> wait.toMillis() <= 4_000),
                "never longer than at an eighth of the plan's rate: " + portal.time.sleeps());
    }

    @Test
    void afterARefusalTheNextRequestsGoAtTheDrainRate() throws InterruptedException {
        FakeTime time = new FakeTime(0);
        RateLimiter limiter = new RateLimiter(RateLimiter.Plan.STANDARD, time, time);
        limiter.acquire();

        limiter.refused();

        assertEquals(Duration.ofMillis(715), limiter.reserve(), "the bucket is taken as full, the share cut to 1.4/s");
    }

    @Test
    void desksMeetingTheSameRefusalsSettleAtEqualSharesAndTakeBackTheRateWhenAlone() {
        FakeTime time = new FakeTime(0);
        RateLimiter greedy = new RateLimiter(RateLimiter.Plan.STANDARD, time, time);
        RateLimiter modest = new RateLimiter(RateLimiter.Plan.STANDARD, time, time);
        for (int i = 0; i < 3; i++) {
            greedy.refused(); // one desk already halved its share three times: 0.25 requests/s
        }
        for (int round = 0; round < 400; round++) {
            // both send; the portal refuses both whenever their shares add up to more than its 2/s
            boolean over = greedy.share() + modest.share() > 2.0;
            for (RateLimiter desk : List.of(greedy, modest)) {
                if (over) {
                    desk.refused();
                } else {
                    desk.accepted();
                }
            }
        }
        assertEquals(greedy.share(), modest.share(), 0.1, "AIMD brings the two shares together");

        for (int i = 0; i < 100; i++) {
            modest.accepted();
        }
        assertEquals(2.0, modest.share(), 1e-9, "alone again, a desk takes back the whole rate");
    }
}
