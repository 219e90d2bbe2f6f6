package dev.waitlistdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * Passes every request on to a portal over HTTP, and runs a colleague's action just before the
 * request numbered {@link #before}: a write that lands between one request of a save and its next.
 */
final class PortalInTheMiddle implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int before;
    /** The last request before which {@link #colleague} runs: from {@link #before} to here, each. */
    private volatile int last;
    private volatile Runnable colleague = () -> { };
    /** A method whose answers are cut after the portal ran it: its caller never learns the outcome. */
    private volatile String cutAnswersOf = "";

    PortalInTheMiddle(String portalBase) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int number = requests.incrementAndGet();
                if (number >= before && number <= last) {
                    colleague.run();
                }
                MockResponse answer = forward(portalBase, request);
                return !cutAnswersOf.isEmpty() && request.getUrl().encodedPath().endsWith("/" + cutAnswersOf)
                        ? new MockResponse.Builder().onResponseStart(new mockwebserver3.SocketEffect.CloseSocket()).build()
                        : answer;
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code action} just before the {@code number}-th request from now (1 = the next). */
    void before(int number, Runnable action) {
        beforeEach(number, 1, action);
    }

    /** Runs {@code action} just before each of {@code count} requests, the first the {@code number}-th from now. */
    void beforeEach(int number, int count, Runnable action) {
        colleague = action;
        before = requests.get() + number;
        last = before + count - 1;
    }

    /** From now on, answers to {@code method} are lost after the portal ran it. */
    void cutAnswersOf(String method) {
        cutAnswersOf = method;
    }

    int requests() {
        return requests.get();
    }

    /** The same path on this server: the portal's webhook URL, as the desk sees it. */
    String webhookUrl(String portalWebhookUrl) {
        return server.url(URI.create(portalWebhookUrl).getPath()).toString();
    }

    private MockResponse forward(String portalBase, RecordedRequest request) {
        try {
            byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
            HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(portalBase + request.getUrl().encodedPath()
                    .substring(1) + (request.getUrl().encodedQuery() == null ? "" : "?" + request.getUrl().encodedQuery())))
                    .method(request.getMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            String type = request.getHeaders().get("Content-Type");
            if (type != null) {
                out.header("Content-Type", type);
            }
            HttpResponse<byte[]> answer = http.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new MockResponse.Builder().code(answer.statusCode())
                    .addHeader("Content-Type", answer.headers().firstValue("Content-Type").orElse("application/json"))
                    .body(new Buffer().write(answer.body())).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
