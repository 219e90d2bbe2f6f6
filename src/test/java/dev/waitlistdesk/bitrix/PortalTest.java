package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortalTest {

    @Test
    void webhookUrlGivesTheMethodUrlUnderIt() {
        Portal portal = Portal.webhook("https://example.bitrix24.com/rest/1/abc123xyz/");

        assertEquals("https://example.bitrix24.com/rest/1/abc123xyz/booking.v1.waitlist.list",
                portal.methodUrl("booking.v1.waitlist.list").toString());
        assertFalse(portal.isOAuth());
        assertFalse(portal.isLoopback());
        assertEquals("example.bitrix24.com", portal.host());
    }

    @Test
    void aPastedExampleWithAMethodNameOrWithoutTheLastSlashIsAccepted() {
        assertEquals("https://example.bitrix24.com/rest/1/abc123xyz/scope",
                Portal.webhook("  https://example.bitrix24.com/rest/1/abc123xyz/profile.json ").methodUrl("scope").toString());
        assertEquals("https://example.bitrix24.com/rest/1/abc123xyz/scope",
                Portal.webhook("https://example.bitrix24.com/rest/1/abc123xyz").methodUrl("scope").toString());
    }

    @Test
    void plainHttpIsOnlyForThisComputer() {
        assertTrue(Portal.webhook("http://127.0.0.1:8080/rest/1/abc/").isLoopback());
        assertTrue(Portal.webhook("http://localhost:8080/rest/1/abc/").isLoopback());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Portal.webhook("http://example.bitrix24.com/rest/1/abc123xyz/"));
        assertTrue(e.getMessage().contains("https://"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Portal.webhook("http://127.example.com/rest/1/abc/"));
        assertTrue(Portal.webhook("http://[::1]:8080/rest/1/abc/").isLoopback());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                                        | empty",
            "example.bitrix24.com/rest/1/abc123xyz/                    | not a web address",
            "https://example.bitrix24.com/                             | must end in /rest/<user id>/<webhook code>/",
            "https://example.bitrix24.com/rest/abc123xyz/              | must end in /rest/<user id>/<webhook code>/",
            "https://example.bitrix24.com/rest/admin/abc123xyz/        | the user id, a number",
            "https://example.bitrix24.com/rest/1/abc123xyz/?x=1        | Remove the part after",
            "https://example.bitrix24.com/rest/1/abc%20123xyz/         | only letters and digits",
    })
    void aMalformedWebhookUrlIsRejectedInPlainWordsWithoutEchoingIt(String url, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Portal.webhook(url));

        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("abc123xyz"), e.getMessage());
    }

    @Test
    void toStringHidesEverySecret() {
        Portal webhook = Portal.webhook("https://example.bitrix24.com/rest/1/abc123xyz/");
        Portal oauth = Portal.oauth("https://example.bitrix24.com/rest/", "acc3ss-t0ken", "refr3sh-t0ken",
                "local.app", "cli3nt-s3cret");

        assertEquals("Portal[webhook https://example.bitrix24.com/rest/1/***/]", webhook.toString());
        for (String secret : new String[] {"acc3ss-t0ken", "refr3sh-t0ken", "cli3nt-s3cret"}) {
            assertFalse(oauth.toString().contains(secret), oauth.toString());
            assertFalse(oauth.withTokens("a2", "r2").toString().contains(secret));
        }
    }

    @Test
    void oauthPortalCallsTheClientEndpointAndTheDefaultTokenServer() {
        Portal oauth = Portal.oauth("https://example.bitrix24.com/rest", "a", "r", "id", "s");

        assertTrue(oauth.isOAuth());
        assertEquals("https://example.bitrix24.com/rest/crm.item.list", oauth.methodUrl("crm.item.list").toString());
        assertEquals(Portal.DEFAULT_TOKEN_ENDPOINT, oauth.tokenEndpoint().toString());
        assertEquals("http://127.0.0.1:9/oauth/token/",
                oauth.withTokenEndpoint("http://127.0.0.1:9/oauth/token/").tokenEndpoint().toString());
        assertThrows(IllegalArgumentException.class, () -> oauth.withTokenEndpoint("http://evil.example/oauth/token/"));
        assertThrows(IllegalArgumentException.class,
                () -> Portal.oauth("https://example.bitrix24.com/rest/", "", "r", "id", "s"));
    }
}
