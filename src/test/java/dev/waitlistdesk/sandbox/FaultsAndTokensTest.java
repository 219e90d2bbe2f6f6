package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsAndTokensTest {

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();
    SandboxServer sandbox;

    @BeforeEach
    void start() {
        sandbox = running.server();
    }

    @Test
    void html500AnswersAnHtmlPageForTheNextRequestsOnly() {
        sandbox.faults().html500(2);

        RestCall.Reply first = RestCall.get(sandbox.webhookUrl() + "scope");
        RestCall.Reply second = RestCall.get(sandbox.webhookUrl() + "scope");
        RestCall.Reply third = RestCall.get(sandbox.webhookUrl() + "scope");

        assertEquals(500, first.status());
        assertTrue(first.contentType().startsWith("text/html"));
        assertTrue(first.text().contains("Internal Server Error"));
        assertEquals(500, second.status());
        assertEquals(200, third.status());
    }

    @Test
    void burst503RefusesWithoutExecuting() {
        sandbox.faults().burst503(1);

        RestCall.Reply refused = RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.delete", "{\"id\":3}");

        assertEquals(503, refused.status());
        assertEquals("QUERY_LIMIT_EXCEEDED", refused.error());
        assertTrue(sandbox.data().waitlist(3).isPresent());
        assertEquals(200, RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.delete", "{\"id\":3}").status());
    }

    @Test
    void aResetConnectionBreaksTheAnswerButTheCallHappened() {
        sandbox.faults().resetConnections(true);

        assertThrows(RuntimeException.class, () -> RestCall.postJson(
                sandbox.webhookUrl() + "booking.v1.waitlist.update", "{\"id\":2,\"fields\":{\"note\":\"Cut\"}}"));

        assertEquals("Cut", sandbox.data().waitlist(2).orElseThrow().note());
        sandbox.faults().clear();
        assertEquals(200, RestCall.get(sandbox.webhookUrl() + "scope").status());
    }

    @Test
    void aSlowAnswerOutlastsTheClientsTimeout() throws Exception {
        sandbox.faults().slowAnswers(1_500);
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.webhookUrl() + "booking.v1.waitlist.add"))
                .header("Content-Type", "application/json").timeout(Duration.ofMillis(300))
                .POST(HttpRequest.BodyPublishers.ofString("{\"fields\":{\"note\":\"Slow\"}}")).build();
        int before = sandbox.data().waitlistCount();

        assertThrows(HttpTimeoutException.class,
                () -> RestCall.client().send(request, HttpResponse.BodyHandlers.ofString()));

        assertEquals(before + 1, sandbox.data().waitlistCount(), "the call ran although the client gave up");
    }

    @Test
    void latencyDelaysEveryAnswer() {
        sandbox.faults().latency(300);
        long start = System.nanoTime();

        assertEquals(200, RestCall.get(sandbox.webhookUrl() + "scope").status());

        assertTrue((System.nanoTime() - start) / 1_000_000 >= 300);
    }

    @Test
    void anExpiredTokenIsRefusedUntilRefreshedAndTheRefreshAnswerPointsHere() throws IOException {
        String oldToken = sandbox.accessToken();
        sandbox.faults().expireTokens();

        RestCall.Reply expired = RestCall.postJson(sandbox.oauthEndpoint() + "scope", "{\"auth\":\"" + oldToken + "\"}");
        RestCall.Reply refresh = RestCall.get(sandbox.tokenEndpoint() + "?grant_type=refresh_token&client_id="
                + sandbox.clientId() + "&client_secret=" + sandbox.clientSecret() + "&refresh_token=" + sandbox.refreshToken());
        JsonNode tokens = refresh.json();
        RestCall.Reply again = RestCall.postJson(tokens.get("client_endpoint").asText() + "scope",
                "{\"auth\":\"" + tokens.get("access_token").asText() + "\"}");
        RestCall.Reply old = RestCall.postJson(sandbox.oauthEndpoint() + "scope", "{\"auth\":\"" + oldToken + "\"}");

        assertEquals(401, expired.status());
        assertEquals("expired_token", expired.error());
        assertEquals(200, refresh.status(), refresh.text());
        assertEquals(sandbox.oauthEndpoint(), tokens.get("client_endpoint").asText());
        assertEquals(3600, tokens.get("expires_in").asInt());
        assertNotEquals(oldToken, tokens.get("access_token").asText());
        assertEquals(sandbox.refreshToken(), tokens.get("refresh_token").asText());
        assertEquals(200, again.status());
        assertEquals("NO_AUTH_FOUND", old.error());
    }

    @Test
    void aWrongRefreshTokenIsInvalidGrant() {
        RestCall.Reply reply = RestCall.get(sandbox.tokenEndpoint() + "?grant_type=refresh_token&client_id="
                + sandbox.clientId() + "&client_secret=" + sandbox.clientSecret() + "&refresh_token=nope");

        assertEquals(400, reply.status());
        assertEquals("invalid_grant", reply.error());
    }
}
