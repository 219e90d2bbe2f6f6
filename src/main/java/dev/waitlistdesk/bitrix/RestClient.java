package dev.waitlistdesk.bitrix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.RestException.Kind;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * Calls Bitrix24 REST methods: JSON POST, client-side rate limit, retries where they are safe,
 * OAuth refresh, and every failure as one {@link RestException}. Thread-safe; blocks on the network.
 */
public final class RestClient {

    /** What Bitrix24 answers at most per list call, and the most commands one batch takes (bitrix24-api.md §1.4, §3). */
    public static final int PAGE_SIZE = 50;

    private static final System.Logger LOG = System.getLogger(RestClient.class.getName());

    private final RestOptions options;
    private final RateLimiter limiter;
    private final Exchange exchange;
    private final TokenRefresher refresher;
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();
    private final MethodHolds holds;
    private final Object refreshLock = new Object();
    private final CallStats stats = new CallStats();
    private volatile Portal portal;
    private volatile Consumer<OAuthTokens> tokenListener = tokens -> { };

    public RestClient(Portal portal) {
        this(portal, RestOptions.defaults());
    }

    public RestClient(Portal portal, RestOptions options) {
        this(portal, options, Http.client());
    }

    RestClient(Portal portal, RestOptions options, OkHttpClient http) {
        this.portal = Objects.requireNonNull(portal, "portal");
        this.options = Objects.requireNonNull(options, "options");
        this.limiter = new RateLimiter(options.plan(), options.clock(), options.sleeper());
        this.holds = new MethodHolds(options);
        this.exchange = new Exchange(http, options.limits(), options.proxy(), this::redact);
        this.refresher = new TokenRefresher(exchange);
        secrets.addAll(portal.secrets());
    }

    /** Called with each refreshed OAuth pair, so it can be stored in place of the old one. */
    public void onTokensRefreshed(Consumer<OAuthTokens> listener) {
        this.tokenListener = Objects.requireNonNull(listener);
    }

    /** The portal with its current tokens. */
    public Portal portal() {
        return portal;
    }

    /** Calls {@code method} and returns its {@code result}. */
    public JsonNode call(Method method, Map<String, ?> params) {
        return callList(method, params).result();
    }

    /** Calls {@code method} and returns the whole answer, with {@code total} and {@code next} of list methods. */
    public RestResponse callList(Method method, Map<String, ?> params) {
        return execute(method.name(), params, method.idempotent());
    }

    /**
     * Runs the commands in batches of 50 (one HTTP request each); with {@code halt}, stops at the first
     * failure. A batch is as safe to repeat as its least safe command.
     */
    public BatchResult batch(List<BatchCommand> commands, boolean halt) {
        BatchResult result = new BatchResult();
        for (List<BatchCommand> chunk : Batches.chunks(commands)) {
            boolean idempotent = chunk.stream().allMatch(command -> command.method().idempotent());
            JsonNode answer = execute("batch", Batches.params(chunk, halt), idempotent).result();
            Batches.read(answer, chunk, exchange.reader(), result);
            if (halt && !result.errors().isEmpty()) {
                break; // the commands after the failure are not run, as halt asks
            }
        }
        return result;
    }

    public BatchResult batch(List<BatchCommand> commands) {
        return batch(commands, false);
    }

    /** What this client has met so far: refusals by the rate limit, holds, retries. */
    public CallStats stats() {
        return stats;
    }

    private RestResponse execute(String method, Map<String, ?> params, boolean idempotent) {
        int limitRetries = 0;
        int transientRetries = 0;
        boolean refreshed = false;
        boolean heldOnce = false;
        RetryPolicy retry = options.retry();
        long deadline = options.clock().millis() + options.limits().deadline().toMillis();
        while (true) {
            try {
                long holdStart = options.clock().millis();
                holds.waitFor(method);
                // A hold has its own bound (RetryPolicy.maxHold); it must not eat the request's time.
                deadline += options.clock().millis() - holdStart;
                limiter.acquire();
                Portal current = portal;
                try {
                    RestResponse response = exchange.post(method, current.methodUrl(method), body(current, params),
                            !idempotent, Duration.ofMillis(deadline - options.clock().millis()));
                    holds.remember(method, response.time());
                    limiter.accepted();
                    return response;
                } catch (RestException e) {
                    if (Thread.interrupted()) {
                        throw new InterruptedException(); // cancelled: not sent again, whatever the failure
                    }
                    String code = e.code().toUpperCase(Locale.ROOT);
                    if (code.equals("QUERY_LIMIT_EXCEEDED")) {
                        stats.queryLimitRefused();
                        limiter.refused();
                    }
                    if (code.equals("QUERY_LIMIT_EXCEEDED") && ++limitRetries <= retry.queryLimitRetries()) {
                        // Refused before it ran: safe to resend any request, writes included, once our
                        // (now halved) share of the bucket has room, for as long as the deadline allows.
                        pause(method, e, limiter.nextWait(), deadline, false);
                    } else if (code.equals("EXPIRED_TOKEN") && current.isOAuth() && !refreshed) {
                        refreshed = true;
                        refreshTokens(current);
                    } else if (code.equals("OPERATION_TIME_LIMIT") && holds.hold(method) && !heldOnce) {
                        heldOnce = true; // the request never ran: safe to send again once the hold ends
                        stats.held();
                    } else if (idempotent && isTransient(e) && transientRetries < retry.transientRetries()) {
                        pause(method, e, retry.backoff(++transientRetries), deadline, true);
                    } else {
                        throw e;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RestException(Kind.NETWORK, method, 0, "", "The call was cancelled.", null);
            } catch (RestException e) {
                LOG.log(Level.WARNING, () -> redact(e.getMessage()));
                throw e;
            }
        }
    }

    private byte[] body(Portal current, Map<String, ?> params) {
        Map<String, Object> body = new LinkedHashMap<>(params);
        if (current.isOAuth()) {
            body.put("auth", current.accessToken());
        }
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Parameters cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * No answer, a 200 cut off on the way, or a 5xx (but not the 503s of the limits, handled above,
     * nor PORTAL_DELETED): the call may or may not have run.
     */
    private static boolean isTransient(RestException e) {
        if (e.reason() != RestException.Reason.NONE) {
            return false; // an untrusted certificate, a refused redirect, a huge answer: the same again
        }
        String code = e.code().toUpperCase(Locale.ROOT);
        return e.kind() == Kind.NETWORK
                || (e.kind() == Kind.UNREADABLE_RESPONSE && e.httpStatus() == 200)
                || (e.httpStatus() >= 500 && e.kind() != Kind.RATE_LIMITED && !code.equals("PORTAL_DELETED"));
    }

    /**
     * Waits before a retry, unless the retry could not finish before the call's deadline: then {@code e}
     * stands. With {@code sleep} false the wait is left to the rate limiter, which the retry passes anyway.
     */
    private void pause(String method, RestException e, Duration wait, long deadline, boolean sleep)
            throws InterruptedException {
        if (options.clock().millis() + wait.toMillis() >= deadline) {
            throw e;
        }
        stats.retried();
        LOG.log(Level.INFO, () -> redact(e.getMessage() + "; retrying " + method + " in " + wait.toMillis() + " ms"));
        if (sleep) {
            options.sleeper().sleep(wait);
        }
    }

    /** Simultaneous expired_token failures share one refresh: whoever comes second finds new tokens. */
    private void refreshTokens(Portal stale) {
        synchronized (refreshLock) {
            if (!portal.accessToken().equals(stale.accessToken())) {
                return;
            }
            OAuthTokens tokens = refresher.refresh(portal);
            secrets.add(tokens.accessToken());
            secrets.add(tokens.refreshToken());
            portal = portal.withTokens(tokens.accessToken(), tokens.refreshToken());
            LOG.log(Level.INFO, "OAuth tokens refreshed");
            try {
                tokenListener.accept(tokens);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, () -> "Storing the refreshed tokens failed: " + redact(e.getMessage()));
            }
        }
    }

    /** Every logged or thrown text passes through here. */
    String redact(String text) {
        return Redaction.redact(text, secrets);
    }

    @Override
    public String toString() {
        return "RestClient[" + portal + "]";
    }
}
