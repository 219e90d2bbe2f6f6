package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.RestException.Kind;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every documented error code and shape becomes one RestException with the right kind. */
class ErrorEnvelopeTest {

    /** Nothing is retried, so every answer below is the one the caller sees. */
    private final TestPortal portal = new TestPortal(new RetryPolicy(0, 0,
            java.time.Duration.ofSeconds(1), java.time.Duration.ZERO, () -> 0.5));

    @AfterEach
    void stop() {
        portal.close();
    }

    private RestException fail(String method) {
        return fail(Method.read(method));
    }

    private RestException fail(Method method) {
        return assertThrows(RestException.class, () -> portal.client.call(method, Map.of("id", 1)));
    }

    @ParameterizedTest(name = "HTTP {0} error {1} -> {3}")
    @CsvSource(delimiter = '|', value = {
            // booking: numeric codes
            "400 | 1040                             | Wait list not found                    | NOT_FOUND",
            "400 | 1036                             | wait list item not found               | NOT_FOUND",
            "400 | 1037                             | booking not found                      | NOT_FOUND",
            "400 | 1038                             | wait list item not found               | NOT_FOUND",
            "400 | 0                                | Required fields:                       | INVALID_REQUEST",
            "400 | 100                              | Could not find value for parameter id  | INVALID_REQUEST",
            "400 | 422                              | Invalid date                           | INVALID_REQUEST",
            "400 | 1025                             | Client type not found                  | INVALID_REQUEST",
            // the same codes as strings
            "400 | '\"1040\"'                       | Wait list not found                    | NOT_FOUND",
            "400 | '\"100\"'                        | Could not find value                   | INVALID_REQUEST",
            // crm
            "400 | '\"INVALID_ARG_VALUE\"'          | Invalid filter                         | INVALID_REQUEST",
            "400 | '\"NOT_FOUND\"'                  | Item not found                         | NOT_FOUND",
            "400 | '\"ACCESS_DENIED\"'              | You do not have permission             | AUTH",
            "403 | '\"allowed_only_intranet_user\"' | Action allowed only for intranet users | AUTH",
            "400 | '\"\"'                           | Parameter 'filter' must be array       | INVALID_REQUEST",
            "400 | '\"Communication type is not defined\"' | Parameter 'type' is required.   | INVALID_REQUEST",
            // system errors (_includes/system-errors.md)
            "500 | '\"INTERNAL_SERVER_ERROR\"'      | Internal server error                  | SERVER",
            "500 | '\"ERROR_UNEXPECTED_ANSWER\"'    | Server returned an unexpected response | SERVER",
            "405 | '\"ERROR_BATCH_METHOD_NOT_ALLOWED\"' | Method is not allowed for batch usage | INVALID_REQUEST",
            "400 | '\"ERROR_BATCH_LENGTH_EXCEEDED\"' | Max batch length exceeded             | INVALID_REQUEST",
            "401 | '\"NO_AUTH_FOUND\"'              | Wrong authorization data               | AUTH",
            "400 | '\"INVALID_REQUEST\"'            | Https required                         | INVALID_REQUEST",
            "503 | '\"OVERLOAD_LIMIT\"'             | REST API is blocked due to overload    | RATE_LIMITED",
            "403 | '\"ACCESS_DENIED\"'              | REST API is available only on commercial plans | AUTH",
            "403 | '\"INVALID_CREDENTIALS\"'        | Invalid request credentials            | AUTH",
            "404 | '\"ERROR_MANIFEST_IS_NOT_AVAILABLE\"' | Manifest is not available         | INVALID_REQUEST",
            "403 | '\"insufficient_scope\"'         | The request requires higher privileges | AUTH",
            "401 | '\"expired_token\"'              | The access token provided has expired  | AUTH",
            "403 | '\"user_access_error\"'          | The user does not have access          | AUTH",
            "500 | '\"PORTAL_DELETED\"'             | Portal was deleted                     | SERVER",
            "429 | '\"OPERATION_TIME_LIMIT\"'       | Method is blocked due to operation time limit | RATE_LIMITED",
            "404 | '\"ERROR_METHOD_NOT_FOUND\"'     | Method not found                       | INVALID_REQUEST",
            // unknown codes: numbers are refusals, text goes by status
            "400 | 4711                             | Something new                          | INVALID_REQUEST",
            "403 | '\"SOMETHING_NEW\"'              | Something new                          | AUTH",
            "502 | '\"SOMETHING_NEW\"'              | Something new                          | SERVER",
    })
    void errorCodeBecomesKind(int status, String codeJson, String description, Kind kind) {
        portal.error(status, codeJson, description);

        RestException e = fail("booking.v1.waitlist.get");

        String code = codeJson.replace("\"", "");
        assertEquals(kind, e.kind());
        assertEquals(code, e.code());
        assertEquals(status, e.httpStatus());
        assertEquals(description, e.description());
        assertEquals("booking.v1.waitlist.get", e.method());
        assertTrue(e.getMessage().startsWith("booking.v1.waitlist.get: HTTP " + status), e.getMessage());
        assertEquals(1, portal.server.getRequestCount());
    }

    @Test
    void anErrorEnvelopeInA200IsStillAnError() {
        portal.reply(200, "{\"error\":1040,\"error_description\":\"Wait list not found\"}");

        assertEquals(Kind.NOT_FOUND, fail("booking.v1.waitlist.get").kind());
    }

    @Test
    void anErrorObjectInTheRest3StyleIsRead() {
        portal.reply(400, "{\"error\":{\"code\":\"BITRIX_REST_V3_EXCEPTION\",\"message\":\"Bad field\"}}");

        RestException e = fail("booking.v1.waitlist.get");
        assertEquals("BITRIX_REST_V3_EXCEPTION", e.code());
        assertEquals("Bad field", e.description());
    }

    @Test
    void anHtmlErrorPageGivesAClearMessageWithTheStatus() {
        portal.server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .body("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>").build());

        RestException e = fail("booking.v1.waitlist.get");

        assertEquals(Kind.UNREADABLE_RESPONSE, e.kind());
        assertEquals(502, e.httpStatus());
        assertEquals("booking.v1.waitlist.get: HTTP 502: The portal sent a web page (\"502 Bad Gateway\") "
                + "instead of Bitrix24 data.", e.getMessage());
        assertFalse(e.getMessage().contains("Jackson") || e.getMessage().contains("JsonParseException"));
    }

    @Test
    void truncatedJsonIsUnreadable() {
        portal.ok("{\"result\":{\"waitList\":[{\"id\":15,\"no");

        RestException e = fail("booking.v1.waitlist.list");

        assertEquals(Kind.UNREADABLE_RESPONSE, e.kind());
        assertEquals(200, e.httpStatus());
        assertTrue(e.description().startsWith("The portal sent incomplete JSON"), e.description());
    }

    /** The answer is read as a stream: what follows its object still makes it unreadable, as one tree did. */
    @Test
    void twoAnswersInOneBodyAreUnreadable() {
        portal.ok("{\"result\":{\"id\":1}}{\"result\":{\"id\":2}}");

        RestException e = fail(Method.write("booking.v1.waitlist.add"));

        assertEquals(Kind.UNREADABLE_RESPONSE, e.kind());
        assertTrue(e.description().startsWith("The portal sent incomplete JSON"), e.description());
    }

    @Test
    void aBodyCutShorterThanItsContentLengthIsUnreadable() {
        portal.server.enqueue(new MockResponse.Builder().code(200)
                .setHeader("Content-Type", "application/json")
                .body("{\"result\":{\"id\":" + " ".repeat(4000) + "1}}")
                .onResponseBody(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE)
                .build());

        RestException e = fail(Method.write("booking.v1.waitlist.add"));

        assertEquals(Kind.UNREADABLE_RESPONSE, e.kind(), e.getMessage());
        assertEquals(200, e.httpStatus());
    }

    @Test
    void plainTextAndEmptyBodiesAreUnreadable() {
        portal.server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain")
                .body("OK").build());
        portal.server.enqueue(new MockResponse.Builder().code(500).body("").build());
        portal.ok("{\"something\":1}");

        RestException text = fail("booking.v1.waitlist.add");
        RestException empty = fail("booking.v1.waitlist.add");
        RestException shape = fail("booking.v1.waitlist.add");

        assertEquals("The portal sent an answer that is not JSON (text/plain) instead of Bitrix24 data.", text.description());
        assertEquals(Kind.UNREADABLE_RESPONSE, empty.kind());
        assertEquals(500, empty.httpStatus());
        assertEquals("The portal's answer has neither a result nor an error.", shape.description());
    }

    @Test
    void noAnswerAtAllIsANetworkError() {
        portal.server.enqueue(new MockResponse.Builder()
                .onRequestStart(new mockwebserver3.SocketEffect.CloseSocket()).build());

        RestException e = fail(Method.write("booking.v1.waitlist.add"));

        assertEquals(Kind.NETWORK, e.kind(), e.getMessage());
        assertEquals(0, e.httpStatus());
        // the request had left: a write may have run (finding 4)
        assertEquals(RestException.Reason.ANSWER_LOST, e.reason());
    }

    @Test
    void queryLimitExceededIsRateLimitedOnceTheRetriesAreUsedUp() {
        // reads retry it until their deadline (SharedRateLimitTest); a write gives up after three retries
        for (int i = 0; i < 4; i++) {
            portal.error(503, "\"QUERY_LIMIT_EXCEEDED\"", "Too many requests");
        }

        RestException e = fail(Method.write("booking.v1.waitlist.add"));

        assertEquals(Kind.RATE_LIMITED, e.kind());
        assertEquals("QUERY_LIMIT_EXCEEDED", e.code());
        assertEquals(503, e.httpStatus());
    }
}
