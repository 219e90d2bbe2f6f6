package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** The webhook code, tokens and the client secret never reach a log line or an exception message. */
class SecretRedactionTest {

    @Test
    void theWebhookCodeAppearsInNoLogLineAndNoExceptionMessage() {
        List<String> texts = new ArrayList<>();
        try (LogCapture logs = new LogCapture(); TestPortal portal = new TestPortal()) {
            String echoed = portal.webhookUrl() + "booking.v1.waitlist.get";
            portal.error(401, "\"NO_AUTH_FOUND\"", "Wrong authorization data for " + echoed);
            portal.server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "text/html")
                    .body("<html><title>Not found: " + echoed + "</title></html>").build());
            portal.server.enqueue(new MockResponse.Builder().code(302)
                    .setHeader("Location", portal.webhookUrl() + "moved").build());
            portal.error(400, "\"" + TestPortal.CODE + "\"", TestPortal.CODE);
            for (int i = 0; i < 3; i++) { // a read is tried three times
                portal.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
            }
            portal.ok("{\"result\":{\"result\":[],\"result_error\":{\"x\":{\"error\":\"NO_AUTH_FOUND\","
                    + "\"error_description\":\"bad " + TestPortal.CODE + "\"}}}}");

            for (int i = 0; i < 4; i++) {
                try {
                    portal.client.call(Method.read("booking.v1.waitlist.get"), Map.of("id", 1));
                } catch (RestException e) {
                    texts.add(e.getMessage());
                    texts.add(e.description());
                    texts.add(e.code());
                    texts.add(stackTrace(e));
                }
            }
            try {
                portal.client.batch(List.of(new BatchCommand("x", Method.read("scope"), Map.of()))).throwFirstError();
            } catch (RestException e) {
                texts.add(stackTrace(e));
            }
            texts.add(portal.client.toString());
            texts.add(portal.client.portal().toString());
            texts.addAll(logs.lines());

            assertTrue(logs.lines().size() >= 8, "requests and failures were logged: " + logs.lines());
            assertTrue(logs.lines().stream().anyMatch(line -> line.contains("/rest/7/***/")), logs.lines().toString());
        }
        for (String text : texts) {
            assertFalse(text.contains(TestPortal.CODE), text);
        }
    }

    @Test
    void oauthSecretsAreRedactedFromTheRefreshUrlAndFailures() {
        List<String> texts = new ArrayList<>();
        try (LogCapture logs = new LogCapture(); TestPortal portal = new TestPortal()) {
            Portal oauth = Portal.oauth(portal.base() + "rest/", "acc3ss-t0ken", "refr3sh-t0ken", "app", "cli3nt-s3cret")
                    .withTokenEndpoint(portal.base() + "oauth/token/");
            RestClient client = new RestClient(oauth, RestOptions.defaults().withTime(portal.time, portal.time));
            portal.error(401, "\"expired_token\"", "expired");
            portal.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
            try {
                client.call(Method.write("booking.v1.waitlist.add"), Map.of());
            } catch (RestException e) {
                texts.add(stackTrace(e));
            }
            texts.addAll(logs.lines());
            texts.add(client.toString());
        }
        for (String text : texts) {
            for (String secret : List.of("acc3ss-t0ken", "refr3sh-t0ken", "cli3nt-s3cret")) {
                assertFalse(text.contains(secret), text);
            }
        }
    }

    @Test
    void redactionCoversPathsQueriesAndJson() {
        assertEquals("https://h/rest/1/***/crm.item.list",
                Redaction.redact("https://h/rest/1/abcdef123/crm.item.list"));
        assertEquals("https://o/oauth/token/?grant_type=refresh_token&client_secret=***&refresh_token=***",
                Redaction.redact("https://o/oauth/token/?grant_type=refresh_token&client_secret=s1&refresh_token=r1"));
        assertEquals("{\"auth\":\"***\",\"id\":1}", Redaction.redact("{\"auth\":\"tok\",\"id\":1}"));
        assertEquals("token *** leaked", Redaction.redact("token s3cr3t leaked", List.of("s3cr3t")));
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
