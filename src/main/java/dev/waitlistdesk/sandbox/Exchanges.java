package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reading a request's parameters and writing answers, for both handlers. */
final class Exchanges {

    private Exchanges() {
    }

    /**
     * The largest request body read: far above any call the contract needs (a batch of 50 commands is a
     * few KB), far below what would hurt the process. A bigger one is answered 413 and not read.
     */
    static final int MAX_BODY_BYTES = 1 << 20;

    /** The query's parameters, overlaid by the body's: JSON, or form-encoded with PHP bracket keys. */
    static ObjectNode params(HttpExchange exchange) throws IOException {
        return withBody(exchange, query(exchange));
    }

    /**
     * The query string's parameters alone: what can be checked before reading a body.
     * @throws ApiError 400 for a malformed query
     */
    static ObjectNode query(HttpExchange exchange) {
        try {
            return BracketForm.decode(exchange.getRequestURI().getRawQuery());
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "INVALID_REQUEST", "The query string is malformed");
        }
    }

    /**
     * {@code params} overlaid by the body's parameters, the body read as a stream of at most
     * {@link #MAX_BODY_BYTES}.
     * @throws ApiError 413 for a larger body, 400 for a body that is neither JSON nor a form
     */
    static ObjectNode withBody(HttpExchange exchange, ObjectNode params) throws IOException {
        byte[] body = limitedBody(exchange);
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (text.isEmpty()) {
            return params;
        }
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            throw ApiError.of(400, "INVALID_REQUEST", "The sandbox does not read multipart/form-data; send JSON or a form");
        }
        boolean json = type.contains("json") || (!type.contains("x-www-form-urlencoded") && text.startsWith("{"));
        try {
            JsonNode bodyParams = json ? SandboxJson.MAPPER.readTree(text) : BracketForm.decode(text);
            if (!bodyParams.isObject()) {
                throw ApiError.of(400, "INVALID_REQUEST", "The JSON body must be an object");
            }
            params.setAll((ObjectNode) bodyParams);
            return params;
        } catch (IOException | IllegalArgumentException e) {
            throw ApiError.of(400, "INVALID_REQUEST", json ? "The body is not valid JSON" : "The form body is malformed");
        }
    }

    /** The body, refused by its announced length before a byte is read, else stopped at the limit. */
    private static byte[] limitedBody(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.strip().matches("[0-9]{1,19}") && Long.parseLong(length.strip()) > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return body;
        }
    }

    private static ApiError tooLarge() {
        return ApiError.of(413, "REQUEST_TOO_LARGE", "The request body is larger than the sandbox accepts ("
                + (MAX_BODY_BYTES >> 20) + " MB)");
    }

    static void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", SandboxJson.MAPPER.writeValueAsBytes(body), false);
    }

    /**
     * Sends the answer; {@code cut} sends the headers and half the body, then fails the exchange,
     * which makes the JDK server drop the connection.
     */
    static void send(HttpExchange exchange, int status, String contentType, byte[] body, boolean cut)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        OutputStream out = exchange.getResponseBody();
        if (cut) {
            out.write(body, 0, body.length / 2);
            out.flush();
            throw new IOException("Connection cut half-way by the resetConnections fault");
        }
        try (out) {
            out.write(body);
        }
    }
}
