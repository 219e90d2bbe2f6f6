package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding 9: hostile answers over a real socket. Whatever a portal (or a network in between) sends,
 * every call of the desk's methods ends in a value or a {@link RestException}, within a time bound,
 * and no secret reaches a message or a log line. Each try draws a call, a kind of answer and a seed
 * for it from one seeded random sequence, so a failure names what to run again. 2,000 tries in
 * every build; a longer run, or one seed again:
 * {@code mvn test -Dtest=HostileAnswersTest -Dhostile.tries=50000 [-Dhostile.seed=N]}.
 * (Plain JUnit rather than a property-testing library: the one suggested, jqwik, asks AI agents,
 * who wrote this suite, not to use it.)
 */
class HostileAnswersTest {

    private static final int TRIES = Integer.getInteger("hostile.tries", 2_000);

    /** Read timeout 150 ms, 600 ms per call with retries: a stalled answer costs little. */
    private static final CallLimits LIMITS = new CallLimits(Duration.ofMillis(500), Duration.ofMillis(150),
            Duration.ofMillis(600), 1 << 20);
    /** The deadline plus generous slack for a loaded CI machine: beyond it the call counts as hung. */
    private static final long BOUND_MILLIS = 5_000;

    private static MockWebServer portal;
    private static MockWebServer elsewhere;
    private static RestClient client;
    private static ExecutorService caller;
    private static LogCapture logs;
    private static volatile MockResponse answer;
    private static final AtomicInteger tries = new AtomicInteger();
    private static final AtomicLong slowestMillis = new AtomicLong();
    private static long startNanos;

    /** The calls the desk makes, each as the transport sees it. */
    enum Call {
        WAITLIST_LIST, CLIENT_LIST, CLIENT_SET, CRM_ITEMS_PAGED, BATCH, ADD
    }

    @BeforeAll
    static void start() throws IOException {
        portal = new MockWebServer();
        portal.setServerSocketFactory(new NoDelaySockets());
        portal.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer;
            }
        });
        portal.start();
        elsewhere = new MockWebServer();
        elsewhere.start();
        RetryPolicy quick = new RetryPolicy(3, 2, Duration.ofMillis(1), Duration.ofMillis(100), () -> 0.5);
        client = new RestClient(Portal.webhook(portal.url("/rest/7/" + TestPortal.CODE + "/").toString()),
                RestOptions.defaults().withPlan(new RateLimiter.Plan(1_000_000, 1_000_000)).withRetry(quick)
                        .withTime(Clock.systemUTC(), duration -> { }).withLimits(LIMITS));
        caller = Executors.newSingleThreadExecutor();
        logs = new LogCapture();
        startNanos = System.nanoTime();
    }

    @AfterAll
    static void stop() {
        long seconds = (System.nanoTime() - startNanos) / 1_000_000_000;
        System.out.printf("HostileAnswersTest: %d tries in %d s, slowest call %d ms, %d log lines checked%n",
                tries.get(), seconds, slowestMillis.get(), logs.lines().size());
        logs.close();
        caller.shutdownNow();
        portal.close();
        elsewhere.close();
    }

    @Test
    void everyCallEndsInAValueOrTheProjectsExceptionInTimeAndKeepsItsSecrets() throws Exception {
        long seed = Long.getLong("hostile.seed", new Random().nextLong());
        Random random = new Random(seed);
        List<HostileAnswers.Kind> common = Arrays.stream(HostileAnswers.Kind.values())
                .filter(k -> k != HostileAnswers.Kind.STALL && k != HostileAnswers.Kind.GZIP_BOMB).toList();
        for (int i = 0; i < TRIES; i++) {
            Call call = Call.values()[random.nextInt(Call.values().length)];
            // rarer: a stall costs a read timeout; a bomb costs inflating 1 MiB
            HostileAnswers.Kind kind = random.nextInt(41) == 0
                    ? (random.nextBoolean() ? HostileAnswers.Kind.STALL : HostileAnswers.Kind.GZIP_BOMB)
                    : common.get(random.nextInt(common.size()));
            long answerSeed = random.nextLong();
            try {
                oneTry(call, kind, answerSeed);
            } catch (AssertionError e) {
                throw new AssertionError("try " + (i + 1) + " of the run with -Dhostile.seed=" + seed + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private void oneTry(Call call, HostileAnswers.Kind kind, long seed) throws Exception {
        tries.incrementAndGet();
        answer = HostileAnswers.make(kind, seed, elsewhere.url("/rest/7/" + TestPortal.CODE + "/x").toString(),
                portal.url("/rest/7/" + TestPortal.CODE + "/loop").toString());
        int linesBefore = logs.lines().size();

        long start = System.nanoTime();
        Future<Object> outcome = caller.submit(() -> run(call));
        Throwable failure = null;
        try {
            outcome.get(BOUND_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            fail(call + " on " + kind + " did not end within " + BOUND_MILLIS + " ms");
        } catch (ExecutionException e) {
            failure = e.getCause();
        }
        slowestMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);

        if (failure != null && !(failure instanceof RestException)) {
            throw new AssertionError(call + " on " + kind + " threw a foreign " + failure, failure);
        }
        if (failure != null) {
            assertNoSecret(failure.getMessage());
        }
        List<String> lines = logs.lines();
        for (String line : lines.subList(Math.min(linesBefore, lines.size()), lines.size())) {
            assertNoSecret(line);
        }
        assertEquals(0, elsewhere.getRequestCount(), "a call followed a redirect to another server");
    }

    private static void assertNoSecret(String text) {
        assertFalse(text != null && text.contains(TestPortal.CODE), () -> "secret in: " + text);
    }

    private static Object run(Call call) {
        return switch (call) {
            case WAITLIST_LIST -> client.call(Method.read("booking.v1.waitlist.list"), Map.of());
            case CLIENT_LIST -> client.call(Method.read("booking.v1.waitlist.client.list"), Map.of("waitListId", 4));
            case CLIENT_SET -> client.call(Method.read("booking.v1.waitlist.client.set"), Map.of("waitListId", 4, "clients",
                    List.of(Map.of("id", 1, "type", Map.of("module", "crm", "code", "CONTACT")))));
            case CRM_ITEMS_PAGED -> Paging.byId(client, Method.read("crm.item.list"), Map.of("entityTypeId", 3), "items");
            case BATCH -> client.batch(List.of(new BatchCommand("a", Method.read("booking.v1.clienttype.list"), Map.of()),
                    new BatchCommand("b", Method.read("crm.item.list"), Map.of("entityTypeId", 3)))).results();
            case ADD -> client.call(Method.write("booking.v1.waitlist.add"), Map.of("fields", Map.of("note", "n")));
        };
    }

    /**
     * MockWebServer writes headers and body apart; with Nagle's algorithm and the client's delayed ACK
     * each answer would then wait about 40 ms (docs/rest-client.md, "Measured"): 2,500 tries would take
     * minutes instead of seconds.
     */
    private static final class NoDelaySockets extends javax.net.ServerSocketFactory {
        @Override
        public java.net.ServerSocket createServerSocket() throws IOException {
            return new java.net.ServerSocket() {
                @Override
                public java.net.Socket accept() throws IOException {
                    java.net.Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port, int backlog) throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port, int backlog, java.net.InetAddress address)
                throws IOException {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
        }
    }
}
