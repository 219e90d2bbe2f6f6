package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer standing in for a portal, and a RestClient pointed at it through a loopback
 * webhook URL. Waits go to a {@link FakeTime}, so retries cost no real time.
 */
public final class TestPortal implements AutoCloseable {

    public static final String CODE = "s3cretw3bh00kc0de";
    public static final long START = 1_757_424_000_000L;

    public final MockWebServer server = new MockWebServer();
    public final FakeTime time = new FakeTime(START);
    public final RestClient client;

    public TestPortal() {
        this(RetryPolicy.defaults());
    }

    public TestPortal(RetryPolicy retry) {
        try {
            // an unexpected extra request gets an empty 404 at once instead of hanging for the read timeout
            ((QueueDispatcher) server.getDispatcher()).setFailFast(true);
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // jitter 0.5 makes the backoff factor exactly 1: waits of 1 s, 2 s, 4 s
        RetryPolicy fixed = new RetryPolicy(retry.queryLimitRetries(),
                retry.transientRetries(), retry.firstBackoff(), retry.maxHold(), () -> 0.5);
        client = new RestClient(Portal.webhook(webhookUrl()), RestOptions.defaults()
                .withRetry(fixed).withTime(time, time));
    }

    public String webhookUrl() {
        return server.url("/rest/7/" + CODE + "/").toString();
    }

    public String base() {
        return server.url("/").toString();
    }

    /** A 200 answer with this JSON body. */
    public void ok(String json) {
        reply(200, json);
    }

    public void reply(int status, String json) {
        server.enqueue(new MockResponse.Builder().code(status)
                .setHeader("Content-Type", "application/json; charset=utf-8").body(json).build());
    }

    public void error(int status, String code, String description) {
        reply(status, "{\"error\":" + code + ",\"error_description\":\"" + description + "\"}");
    }

    public RecordedRequest take() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("No request arrived");
            }
            return request;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Asserts the next request went to {@code method} under the webhook path with this JSON body. */
    public void expect(String method, String body) {
        RecordedRequest request = take();
        assertEquals("/rest/7/" + CODE + "/" + method, request.getTarget());
        assertEquals(json(body), json(request.getBody().utf8()));
    }

    /** The next recorded request's JSON body. */
    public JsonNode takeJson() {
        return json(take().getBody().utf8());
    }

    public static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Duration totalSlept() {
        return time.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public void close() {
        server.close();
    }
}
