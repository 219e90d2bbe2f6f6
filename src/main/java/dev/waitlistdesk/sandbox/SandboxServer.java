package dev.waitlistdesk.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded Bitrix24-compatible portal: a real HTTP server on 127.0.0.1 that serves the
 * waitlist, CRM and batch methods over both URL forms, from a data file that survives restarts.
 */
public final class SandboxServer implements AutoCloseable {

    /**
     * Each connection holds a worker while its headers arrive: enough workers that a hundred slow
     * clients leave room for a real one; idle workers end after a while.
     */
    static final int THREADS = 256;
    /** Seconds a client may take to send its request (headers and body) before it is cut off. */
    static final long REQUEST_SECONDS = 10;
    /**
     * The JDK server logs each request line, with a webhook's code or an {@code ?auth=} token, at
     * DEBUG (FINE): its logger is held here and passes nothing below INFO, whatever the log settings say.
     */
    private static final java.util.logging.Logger JDK_SERVER_LOG = quietJdkServerLog();

    private final SandboxData data;
    private final SandboxFaults faults;
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final RequestCounter requests = new RequestCounter();

    private SandboxServer(SandboxData data, HttpServer server, ExecutorService executor) {
        this.data = data;
        this.faults = new SandboxFaults(data);
        this.server = server;
        this.executor = executor;
    }

    /**
     * Opens (or seeds) the data file and starts listening.
     * @throws UncheckedIOException when the port is taken or the data file cannot be written
     */
    public static SandboxServer start(SandboxConfig config) {
        // The JDK server sends headers and body in two writes; without TCP_NODELAY, Nagle and the
        // client's delayed ACK add about 40 ms to every answer. Read once, before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", Long.toString(REQUEST_SECONDS));
        }
        SandboxData data = SandboxData.open(config);
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 64);
        } catch (IOException e) {
            data.close();
            throw new UncheckedIOException("The sandbox cannot listen on 127.0.0.1:" + config.port(), e);
        }
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads());
        executor.allowCoreThreadTimeOut(true);
        SandboxServer sandbox = new SandboxServer(data, http, executor);
        http.createContext("/rest/", new RestHandler(data, new RateLimiter(config.rateLimit()), sandbox.faults))
                .getFilters().add(sandbox.requests);
        http.createContext("/oauth/token/", new TokenHandler(data, sandbox::oauthEndpoint));
        http.setExecutor(executor);
        config.faults().applyTo(sandbox.faults); // before the first request
        http.start();
        return sandbox;
    }

    private static java.util.logging.Logger quietJdkServerLog() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("com.sun.net.httpserver");
        log.setFilter(rec -> rec.getLevel().intValue() >= java.util.logging.Level.INFO.intValue());
        return log;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "sandbox-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** How many REST requests reached the portal (a batch is one): what the rate limit counts. */
    public long requestsServed() {
        return requests.served();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The incoming-webhook base URL, ending in "/": append the method name. A secret: do not log it. */
    public String webhookUrl() {
        return oauthEndpoint() + "1/" + data.webhookCode() + "/";
    }

    /** The REST base for OAuth calls (the token answer's client_endpoint): append the method name. */
    public String oauthEndpoint() {
        return "http://127.0.0.1:" + port() + "/rest/";
    }

    /** Where to refresh tokens: {@code <this>?grant_type=refresh_token&client_id=...}. */
    public String tokenEndpoint() {
        return "http://127.0.0.1:" + port() + "/oauth/token/";
    }

    public String accessToken() {
        return data.oauth().accessToken();
    }

    public String refreshToken() {
        return data.oauth().refreshToken();
    }

    public String clientId() {
        return data.oauth().clientId();
    }

    public String clientSecret() {
        return data.oauth().clientSecret();
    }

    public SandboxFaults faults() {
        return faults;
    }

    public SandboxData data() {
        return data;
    }

    /** Stops listening, then saves what is pending. Calling it again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        data.close();
    }

    @Override
    public String toString() {
        return "SandboxServer[127.0.0.1:" + port() + "]";
    }
}
