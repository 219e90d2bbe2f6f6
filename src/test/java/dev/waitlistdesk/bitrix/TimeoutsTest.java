package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Finding 5: connect 10 s, read 20 s, and one deadline for a call with all its retries. */
class TimeoutsTest {

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void theDefaultsBoundOneUserActionToAboutThirtySeconds() {
        CallLimits limits = RestOptions.defaults().limits();

        assertEquals(Duration.ofSeconds(10), limits.connectTimeout());
        assertEquals(Duration.ofSeconds(20), limits.readTimeout());
        assertEquals(Duration.ofSeconds(30), limits.deadline());
    }

    @Test
    void aSilentPortalEndsTheWholeCallAtItsDeadline() {
        // given a portal that never answers, and limits shortened for the test (read 300 ms, 700 ms in all)
        MockResponse silent = new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
        for (int i = 0; i < 3; i++) {
            portal.server.enqueue(silent);
        }
        RetryPolicy quick = new RetryPolicy(3, 2, Duration.ofMillis(50), Duration.ofSeconds(30), () -> 0.5);
        RestClient client = new RestClient(Portal.webhook(portal.webhookUrl()), RestOptions.defaults()
                .withRetry(quick)
                .withLimits(new CallLimits(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofMillis(700),
                        1 << 20)));

        // when
        long start = System.nanoTime();
        RestException e = assertThrows(RestException.class, () -> client.call(Method.read("booking.v1.waitlist.list"), Map.of()));
        long millis = (System.nanoTime() - start) / 1_000_000;

        // then: two tries of 300 ms fit, a third does not
        assertEquals(RestException.Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
        assertTrue(millis < 5_000, "took " + millis + " ms (the old read timeout alone was 75 s)");
        assertTrue(portal.server.getRequestCount() <= 3);
    }

    @Test
    void retriesStopAtTheDeadline() {
        // given a deadline of 5 s (fake time) and backoffs of 1, 2, 4 s: the third wait would pass it
        RestClient client = new RestClient(Portal.webhook(portal.webhookUrl()), RestOptions.defaults()
                .withRetry(new RetryPolicy(3, 5, Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.5))
                .withTime(portal.time, portal.time)
                .withLimits(new CallLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(5),
                        1 << 20)));
        for (int i = 0; i < 6; i++) {
            portal.error(500, "\"INTERNAL_SERVER_ERROR\"", "Internal server error");
        }

        assertThrows(RestException.class, () -> client.call(Method.read("booking.v1.waitlist.list"), Map.of()));

        assertEquals(java.util.List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), portal.time.sleeps());
        assertEquals(3, portal.server.getRequestCount());
    }

    @Test
    void anAnswerTricklingInSlowerThanTheDeadlineEndsAtTheDeadline() {
        // given each byte arrives within the read timeout, but the whole answer would take 3 s
        portal.ok("{\"result\":true}"); // a first call warms the client up, so set-up time does not count
        for (int i = 0; i < 2; i++) {
            portal.server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .body("{\"result\":{\"waitList\":[]}}")
                    .throttleBody(1, 100, java.util.concurrent.TimeUnit.MILLISECONDS).build());
        }
        RestClient client = new RestClient(Portal.webhook(portal.webhookUrl()), RestOptions.defaults()
                .withLimits(new CallLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(1500),
                        1 << 20)));
        client.call(Method.read("profile"), Map.of());

        RestException e = assertThrows(RestException.class,
                () -> client.call(Method.write("booking.v1.waitlist.add"), Map.of()));

        assertEquals(RestException.Reason.ANSWER_LOST, e.reason(), "a write whose answer did not come in time");
        RestException read = assertThrows(RestException.class,
                () -> client.call(Method.read("booking.v1.waitlist.list"), Map.of()));
        assertEquals(RestException.Reason.TIMED_OUT, read.reason(), read.getMessage());
    }

    @Test
    void waitingOutAPortalsHoldDoesNotUseUpTheCallsDeadline() {
        // given a 20 s hold of the method (fake time) and a deadline of 5 s
        RestClient client = new RestClient(Portal.webhook(portal.webhookUrl()), RestOptions.defaults()
                .withRetry(new RetryPolicy(3, 2, Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.5))
                .withTime(portal.time, portal.time)
                .withLimits(new CallLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(5),
                        1 << 20)));
        long resetAt = TestPortal.START / 1000 + 20;
        portal.ok("{\"result\":{\"waitList\":[]},\"time\":{\"operating_reset_at\":" + resetAt + "}}");
        portal.error(429, "\"OPERATION_TIME_LIMIT\"", "Method is blocked due to operation time limit");
        portal.error(500, "\"INTERNAL_SERVER_ERROR\"", "Internal server error");
        portal.ok("{\"result\":{\"waitList\":[]}}");
        client.call(Method.read("booking.v1.waitlist.list"), Map.of());

        // when the next call is held 20 s, then meets a server error
        client.call(Method.read("booking.v1.waitlist.list"), Map.of());

        // then it still has its own 5 s for a retry
        assertEquals(4, portal.server.getRequestCount());
        assertEquals(java.util.List.of(Duration.ofSeconds(20), Duration.ofSeconds(1)), portal.time.sleeps());
    }
}
