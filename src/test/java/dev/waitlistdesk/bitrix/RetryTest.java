package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.RestException.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What is retried, how long it waits, and what is never repeated. */
class RetryTest {

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void stop() {
        portal.close();
    }

    private void queryLimit() {
        portal.error(503, "\"QUERY_LIMIT_EXCEEDED\"", "Too many requests");
    }

    @Test
    void queryLimitIsRetriedWithGrowingWaitsEvenForWrites() {
        queryLimit();
        queryLimit();
        portal.ok("{\"result\":{\"id\":107}}");

        long id = portal.client.call(Method.write("booking.v1.waitlist.add"), Map.of("fields", Map.of("note", "n")))
                .path("id").asLong();

        assertEquals(107, id);
        assertEquals(3, portal.server.getRequestCount());
        assertEquals(List.of(Duration.ofMillis(715), Duration.ofMillis(1021)), portal.time.sleeps());
    }

    @Test
    void backoffHasJitter() {
        RetryPolicy low = new RetryPolicy(3, 2, Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.0);
        RetryPolicy high = new RetryPolicy(3, 2, Duration.ofSeconds(1), Duration.ofSeconds(30), () -> 0.999);

        assertEquals(Duration.ofMillis(1500), low.backoff(2));
        assertTrue(high.backoff(2).toMillis() > 2400, high.backoff(2).toString());
    }

    @Test
    void aBatchOfWritesIsResentAfterRefusalsUntilItRuns() {
        // the refusal means the batch never ran: resending it cannot do a write twice
        for (int i = 0; i < 4; i++) {
            queryLimit();
        }
        portal.ok("{\"result\":{\"result\":{\"set\":true},\"result_error\":[]}}");

        BatchResult result = portal.client.batch(List.of(new BatchCommand("set",
                Method.read("booking.v1.waitlist.client.set"), Map.of("waitListId", 1))), true);

        assertTrue(result.result("set").isPresent());
        assertEquals(5, portal.server.getRequestCount());
        // each refusal shrinks this desk's share of the portal's 2 requests/s by 30 %: growing waits
        assertEquals(List.of(Duration.ofMillis(715), Duration.ofMillis(1021), Duration.ofMillis(1458),
                Duration.ofMillis(2083)), portal.time.sleeps());
    }

    @Test
    void overloadAndAuthErrorsAreNeverRetried() {
        portal.error(503, "\"OVERLOAD_LIMIT\"", "REST API is blocked due to overload");
        portal.error(401, "\"NO_AUTH_FOUND\"", "Wrong authorization data");
        portal.error(403, "\"insufficient_scope\"", "higher privileges");

        for (int i = 0; i < 3; i++) {
            assertThrows(RestException.class, () -> portal.client.call(Method.read("booking.v1.waitlist.list"), Map.of()));
        }

        assertEquals(3, portal.server.getRequestCount());
        assertEquals(List.of(), portal.time.sleeps());
    }

    @Test
    void serverErrorsAreRetriedForReadsOnly() {
        portal.error(500, "\"INTERNAL_SERVER_ERROR\"", "Internal server error");
        portal.ok("{\"result\":{\"waitList\":[]}}");
        portal.error(500, "\"INTERNAL_SERVER_ERROR\"", "Internal server error");

        portal.client.call(Method.read("booking.v1.waitlist.list"), Map.of());
        RestException add = assertThrows(RestException.class,
                () -> portal.client.call(Method.write("booking.v1.waitlist.add"), Map.of("fields", Map.of("note", ""))));

        assertEquals(Kind.SERVER, add.kind());
        assertEquals(3, portal.server.getRequestCount());
        assertEquals(List.of(Duration.ofSeconds(1)), portal.time.sleeps());
    }

    @Test
    void networkErrorsAreRetriedForReadsOnly() {
        MockResponse drop = new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
        portal.server.enqueue(drop);
        portal.server.enqueue(drop);
        portal.ok("{\"result\":{\"waitListClient\":[]}}");
        portal.server.enqueue(drop);

        portal.client.call(Method.read("booking.v1.waitlist.client.list"), Map.of("waitListId", 4));
        RestException create = assertThrows(RestException.class,
                () -> portal.client.call(Method.write("booking.v1.waitlist.createfrombooking"), Map.of("bookingId", 1)));

        assertEquals(Kind.NETWORK, create.kind(), create.getMessage());
        assertEquals(4, portal.server.getRequestCount());
    }

    @Test
    void operationTimeLimitHoldsThatMethodUntilItsResetTime() {
        long resetAt = TestPortal.START / 1000 + 20;
        portal.ok("{\"result\":{\"waitList\":[]},\"time\":{\"operating\":479.5,\"operating_reset_at\":" + resetAt + "}}");
        portal.error(429, "\"OPERATION_TIME_LIMIT\"", "Method is blocked due to operation time limit");
        portal.ok("{\"result\":{\"waitList\":[]}}");

        portal.client.call(Method.read("booking.v1.waitlist.list"), Map.of());
        portal.client.call(Method.read("booking.v1.waitlist.list"), Map.of());

        assertEquals(3, portal.server.getRequestCount());
        assertEquals(List.of(Duration.ofSeconds(20)), portal.time.sleeps());
        assertEquals(resetAt * 1000, portal.time.millis());
    }

    @Test
    void aLongHoldFailsAtOnceAndOtherMethodsKeepWorking() {
        portal.error(429, "\"OPERATION_TIME_LIMIT\"", "Method is blocked due to operation time limit");
        portal.ok("{\"result\":{\"clientType\":[]}}");

        RestException first = assertThrows(RestException.class,
                () -> portal.client.call(Method.read("crm.item.list"), Map.of()));
        RestException second = assertThrows(RestException.class,
                () -> portal.client.call(Method.read("crm.item.list"), Map.of()));
        portal.client.call(Method.read("booking.v1.clienttype.list"), Map.of());

        // no reset time known: a one-minute hold, longer than the 30 s a call may wait
        assertEquals(Kind.RATE_LIMITED, first.kind());
        assertEquals(Kind.RATE_LIMITED, second.kind());
        assertTrue(second.description().contains("pauses this method"), second.description());
        assertEquals(2, portal.server.getRequestCount(), "the held call never reached the portal");
        assertEquals(List.of(), portal.time.sleeps());

        portal.time.advance(Duration.ofSeconds(61));
        portal.ok("{\"result\":{\"items\":[]}}");
        portal.client.call(Method.read("crm.item.list"), Map.of());
        assertEquals(3, portal.server.getRequestCount());
    }

    @Test
    void aBatchIsNotRepeatedAfterAServerError() {
        portal.error(500, "\"INTERNAL_SERVER_ERROR\"", "Internal server error");

        assertThrows(RestException.class, () -> portal.client.batch(
                List.of(new BatchCommand("a", Method.write("booking.v1.waitlist.delete"), Map.of("id", 1)))));

        assertEquals(1, portal.server.getRequestCount());
    }
}
