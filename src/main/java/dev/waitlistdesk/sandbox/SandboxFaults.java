package dev.waitlistdesk.sandbox;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults to test a client against, switchable while the sandbox runs. They apply to REST calls
 * ({@code /rest/...}), not to the OAuth token endpoint. All off at start.
 */
public final class SandboxFaults {

    private final SandboxData data;
    private volatile long latencyMillis;
    private volatile boolean html500Always;
    private final AtomicInteger html500Next = new AtomicInteger();
    private volatile boolean resetConnections;
    private volatile long slowAnswerMillis;
    private final AtomicInteger burst503Next = new AtomicInteger();

    SandboxFaults(SandboxData data) {
        this.data = data;
    }

    /** Every answer waits this long first; 0 turns it off. */
    public SandboxFaults latency(long millis) {
        latencyMillis = Math.max(0, millis);
        return this;
    }

    /** The next {@code count} REST requests get an HTML "500 Internal Server Error" page, unexecuted. */
    public SandboxFaults html500(int count) {
        html500Next.set(Math.max(0, count));
        return this;
    }

    /** While on, every REST request gets the HTML 500 page, unexecuted. */
    public SandboxFaults html500(boolean on) {
        html500Always = on;
        return this;
    }

    /** While on, requests are executed, then the connection is cut half-way through the answer. */
    public SandboxFaults resetConnections(boolean on) {
        resetConnections = on;
        return this;
    }

    /**
     * Requests are executed, then the answer is held back this long: set it beyond the client's read
     * timeout to make it time out on a call that did happen. 0 turns it off.
     */
    public SandboxFaults slowAnswers(long millis) {
        slowAnswerMillis = Math.max(0, millis);
        return this;
    }

    /** The next {@code count} REST requests get 503 QUERY_LIMIT_EXCEEDED, unexecuted. */
    public SandboxFaults burst503(int count) {
        burst503Next.set(Math.max(0, count));
        return this;
    }

    /** The current OAuth access token answers 401 expired_token until the client refreshes it. */
    public SandboxFaults expireTokens() {
        data.expireAccessToken();
        return this;
    }

    /** Turns every fault off (an expired token stays expired until refreshed). */
    public SandboxFaults clear() {
        latencyMillis = 0;
        html500Always = false;
        html500Next.set(0);
        resetConnections = false;
        slowAnswerMillis = 0;
        burst503Next.set(0);
        return this;
    }

    long latencyMillis() {
        return latencyMillis;
    }

    boolean takeHtml500() {
        return html500Always || takeOne(html500Next);
    }

    boolean takeBurst503() {
        return takeOne(burst503Next);
    }

    boolean resetConnections() {
        return resetConnections;
    }

    long slowAnswerMillis() {
        return slowAnswerMillis;
    }

    private static boolean takeOne(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
