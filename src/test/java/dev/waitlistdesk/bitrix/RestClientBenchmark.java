package dev.waitlistdesk.bitrix;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Prints what one call and one 50-command batch cost on this machine against local servers (no
 * network, no rate limit): the client's own overhead. MockWebServer's figures include its ~40 ms
 * Nagle/delayed-ACK stall per response; the JDK server runs with TCP_NODELAY. Not a test; run it by hand:
 * {@code java -cp target/classes:target/test-classes:<deps> dev.waitlistdesk.bitrix.RestClientBenchmark}.
 */
public final class RestClientBenchmark {

    public static void main(String[] args) throws Exception {
        // Without it the JDK server's response waits ~40 ms on Nagle + delayed ACK (measured 45 ms per call).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        dev.waitlistdesk.Benchmarks.header("RestClientBenchmark");
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    String body = request.getTarget().endsWith("/batch") ? batchAnswer() : "{\"result\":{\"waitList\":"
                            + "[{\"id\":15,\"note\":\"note\"}]},\"time\":{\"start\":1.0,\"operating\":0.1}}";
                    return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
                }
            });
            server.start();
            RestClient client = new RestClient(Portal.webhook(server.url("/rest/1/benchc0de/").toString()),
                    RestOptions.defaults().withPlan(new RateLimiter.Plan(1_000_000, 1_000_000))
                            .withTime(Clock.systemUTC(), Sleeper.REAL));
            List<BatchCommand> commands = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                commands.add(new BatchCommand("cl_" + i, Method.read("booking.v1.waitlist.client.list"), Map.of("waitListId", i)));
            }
            measure("MockWebServer: call", 200, () -> client.call(Method.read("booking.v1.waitlist.list"), Map.of()));
            measure("MockWebServer: batch of 50", 100, () -> client.batch(commands));
        }
        HttpServer jdk = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jdk.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = (exchange.getRequestURI().getPath().endsWith("/batch") ? batchAnswer()
                    : "{\"result\":{\"waitList\":[{\"id\":15,\"note\":\"note\"}]}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jdk.start();
        try {
            RestClient client = new RestClient(Portal.webhook("http://127.0.0.1:" + jdk.getAddress().getPort()
                    + "/rest/1/benchc0de/"), RestOptions.defaults().withPlan(new RateLimiter.Plan(1_000_000, 1_000_000)));
            List<BatchCommand> commands = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                commands.add(new BatchCommand("cl_" + i, Method.read("booking.v1.waitlist.client.list"), Map.of("waitListId", i)));
            }
            dev.waitlistdesk.Benchmarks.roundTripAnchor("http://127.0.0.1:" + jdk.getAddress().getPort() + "/rest/1/benchc0de/");
            measure("JDK HttpServer: call", 2000, () -> client.call(Method.read("booking.v1.waitlist.list"), Map.of()));
            measure("JDK HttpServer: batch of 50", 1000, () -> client.batch(commands));
        } finally {
            jdk.stop(0);
        }
    }

    private static String batchAnswer() {
        StringBuilder answer = new StringBuilder("{\"result\":{\"result\":{");
        for (int i = 0; i < 50; i++) {
            answer.append(i > 0 ? "," : "").append("\"cl_").append(i)
                    .append("\":{\"waitListClient\":[{\"id\":1,\"type\":{\"code\":\"CONTACT\",\"module\":\"crm\"}}]}");
        }
        return answer.append("},\"result_error\":[],\"result_total\":[],\"result_next\":[]}}").toString();
    }

    private static void measure(String what, int times, Runnable action) {
        for (int i = 0; i < times / 4; i++) {
            action.run(); // warm-up
        }
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            action.run();
        }
        double micros = (System.nanoTime() - start) / 1000.0 / times;
        System.out.printf("%-32s %8.0f µs per request (%d requests)%n", what, micros, times);
    }
}
