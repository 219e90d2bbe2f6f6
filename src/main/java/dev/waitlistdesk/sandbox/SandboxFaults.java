package dev.waitlistdesk.sandbox;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

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
    private volatile int html500Every;
    private final AtomicLong html500Seen = new AtomicLong();
    private volatile int resetEvery;
    private final AtomicLong resetSeen = new AtomicLong();
    private volatile boolean clientSetAppends;
    private volatile boolean listTotals;

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

    /** Every n-th REST request gets the HTML 500 page, unexecuted; 0 turns it off. */
    public SandboxFaults html500Every(int n) {
        html500Every = Math.max(0, n);
        html500Seen.set(0);
        return this;
    }

    /** Every n-th REST request is executed, then its connection is cut half-way through the answer; 0 = off. */
    public SandboxFaults resetEvery(int n) {
        resetEvery = Math.max(0, n);
        resetSeen.set(0);
        return this;
    }

    /**
     * A test aid, not a fault: {@code booking.v1.waitlist.client.set} (directly or inside a batch, in
     * one step) adds the given clients to the record's list instead of replacing it, as some portal might, since
     * the docs do not say which it does. Lets a client's replace-or-append handling be tried.
     */
    public SandboxFaults clientSetAppends(boolean on) {
        clientSetAppends = on;
        return this;
    }

    /**
     * A test aid, not a fault: {@code booking.v1.waitlist.list} answers {@code total} and {@code next},
     * as Bitrix24's other list methods do; its docs show neither, so by default the sandbox sends neither.
     */
    public SandboxFaults listTotals(boolean on) {
        listTotals = on;
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
        html500Every = 0;
        resetEvery = 0;
        clientSetAppends = false;
        listTotals = false;
        return this;
    }

    long latencyMillis() {
        return latencyMillis;
    }

    boolean takeHtml500() {
        return html500Always || takeOne(html500Next) || everyNth(html500Every, html500Seen);
    }

    boolean takeBurst503() {
        return takeOne(burst503Next);
    }

    /** Whether this request's answer is to be cut (called once per executed request). */
    boolean takeReset() {
        return resetConnections || everyNth(resetEvery, resetSeen);
    }

    boolean clientSetAppends() {
        return clientSetAppends;
    }

    boolean listTotals() {
        return listTotals;
    }

    long slowAnswerMillis() {
        return slowAnswerMillis;
    }

    private static boolean everyNth(int n, AtomicLong seen) {
        return n > 0 && seen.incrementAndGet() % n == 0;
    }

    private static boolean takeOne(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
