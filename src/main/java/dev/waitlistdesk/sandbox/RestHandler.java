package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * Serves {@code /rest/<userId>/<code>/<method>} (incoming webhook) and {@code /rest/<method>} with
 * {@code auth} in the body or query (OAuth), with or without ".json".
 */
final class RestHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(RestHandler.class.getName());
    private static final byte[] HTML_500 = ("<!DOCTYPE html><html><head><title>500 Internal Server Error</title>"
            + "</head><body><h1>Internal Server Error</h1><p>The server encountered an internal error.</p>"
            + "</body></html>").getBytes(StandardCharsets.UTF_8);

    private final SandboxData data;
    private final Methods methods;
    private final RateLimiter limiter;
    private final SandboxFaults faults;

    RestHandler(SandboxData data, RateLimiter limiter, SandboxFaults faults) {
        this.data = data;
        this.methods = new Methods(data, faults);
        this.limiter = limiter;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long startNanos = System.nanoTime();
        Instant start = Instant.now();
        try (exchange) {
            pause(faults.latencyMillis());
            if (faults.takeBurst503() || !limiter.tryAcquire()) {
                Exchanges.sendJson(exchange, 503, ApiError.queryLimit().toJson());
                return;
            }
            if (faults.takeHtml500()) {
                Exchanges.send(exchange, 500, "text/html; charset=utf-8", HTML_500, false);
                return;
            }
            int status;
            ObjectNode body;
            try {
                Answer answer = answer(exchange);
                status = 200;
                body = WaitlistMethods.object().set("result", answer.result());
                if (answer.total() != null) {
                    body.put("total", answer.total());
                }
                if (answer.next() != null) {
                    body.put("next", answer.next());
                }
                body.set("time", TimeBlock.since(startNanos, start));
            } catch (ApiError error) {
                status = error.status();
                body = error.toJson();
            } catch (RuntimeException e) { // a failed save, or a bug: answer as a portal would
                LOG.log(System.Logger.Level.ERROR, "Sandbox request failed", e);
                status = 500;
                body = ApiError.of(500, "INTERNAL_SERVER_ERROR", "Internal server error").toJson();
            }
            pause(faults.slowAnswerMillis());
            Exchanges.send(exchange, status, "application/json; charset=utf-8",
                    SandboxJson.MAPPER.writeValueAsBytes(body), faults.takeReset());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Sandbox request failed", e);
        }
    }

    private Answer answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("POST")) {
            throw ApiError.of(405, "INVALID_REQUEST", "Use GET or POST");
        }
        String[] path = exchange.getRequestURI().getPath().substring("/rest/".length()).split("/");
        // Credentials in the URL are checked before a byte of the body is read: an unauthenticated
        // client cannot make the sandbox hold its upload (finding 7 of the hardening audit).
        ObjectNode params = Exchanges.query(exchange);
        String name;
        if (path.length == 3) {
            if (!path[0].equals("1") || !same(path[1], data.webhookCode())) {
                throw ApiError.noAuth();
            }
            name = path[2];
            params = Exchanges.withBody(exchange, params);
            params.remove("auth");
        } else if (path.length == 1 && !path[0].isEmpty()) {
            if (params.hasNonNull("auth")) {
                checkToken(Params.text(params.get("auth")));
            }
            params = Exchanges.withBody(exchange, params); // the token may be in the body: read it, capped
            checkToken(Params.text(params.remove("auth")));
            name = path[0];
        } else {
            throw ApiError.of(404, "ERROR_METHOD_NOT_FOUND", "Method not found!");
        }
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
            throw ApiError.of(400, "INVALID_REQUEST", "The sandbox answers JSON only; drop the .xml suffix");
        }
        return methods.call(withoutFormat(name), new Params(params));
    }

    private void checkToken(String token) {
        OAuthApp app = data.oauth();
        if (token == null || !same(token, app.accessToken())) {
            throw ApiError.noAuth();
        }
        if (app.accessTokenExpired(Instant.now().getEpochSecond())) {
            throw ApiError.of(401, "expired_token", "The access token provided has expired");
        }
    }

    static String withoutFormat(String method) {
        return method.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                ? method.substring(0, method.length() - ".json".length()) : method;
    }

    private static boolean same(String given, String secret) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
