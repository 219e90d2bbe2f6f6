package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Finding 3: credentials never follow a redirect to another host, scheme or port. */
class RedirectTest {

    private final TestPortal portal = new TestPortal();
    private final MockWebServer elsewhere = new MockWebServer();

    @AfterEach
    void stop() {
        portal.close();
        elsewhere.close();
    }

    private RestClient oauthClient() {
        return new RestClient(Portal.oauth(portal.base() + "rest/", "acc3sst0ken42", "r3freshtok3n", "app.1",
                "s3cr3t"), RestOptions.defaults().withTime(portal.time, portal.time));
    }

    @Test
    void anOAuthBodyIsNotPostedToAnotherPort() throws IOException {
        // given a portal that sends the call on to another server (another port of this computer)
        elsewhere.start();
        portal.server.enqueue(new MockResponse.Builder().code(307)
                .setHeader("Location", elsewhere.url("/rest/booking.v1.waitlist.list").toString()).build());

        // when
        RestException e = assertThrows(RestException.class,
                () -> oauthClient().call(Method.read("booking.v1.waitlist.list"), Map.of()));

        // then nothing reached the other server, and the message says why in plain words
        assertEquals(0, elsewhere.getRequestCount(), "the token must not reach another server");
        assertEquals(RestException.Kind.SERVER, e.kind());
        assertEquals(RestException.Reason.REDIRECT_REFUSED, e.reason());
        assertTrue(e.getMessage().contains("another address"), e.getMessage());
        assertFalse(e.getMessage().contains("acc3sst0ken42"));
    }

    @Test
    void aWebhookCallIsNotSentToAnotherHost() {
        portal.server.enqueue(new MockResponse.Builder().code(302)
                .setHeader("Location", "https://attacker.example/rest/7/" + TestPortal.CODE + "/profile").build());

        RestException e = assertThrows(RestException.class, () -> portal.client.call(Method.read("profile"), Map.of()));

        assertEquals(RestException.Reason.REDIRECT_REFUSED, e.reason());
        assertTrue(e.getMessage().contains("https://attacker.example"), e.getMessage());
        assertFalse(e.getMessage().contains(TestPortal.CODE));
        assertEquals(1, portal.server.getRequestCount());
    }

    @Test
    void aRedirectOnTheSameAddressIsStillFollowedAsAPost() {
        portal.server.enqueue(new MockResponse.Builder().code(307)
                .setHeader("Location", "/rest/7/" + TestPortal.CODE + "/booking.v1.waitlist.list.json").build());
        portal.ok("{\"result\":{\"waitList\":[]}}");

        portal.client.call(Method.read("booking.v1.waitlist.list"), Map.of());

        portal.take();
        assertEquals("POST", portal.take().getMethod());
    }
}
