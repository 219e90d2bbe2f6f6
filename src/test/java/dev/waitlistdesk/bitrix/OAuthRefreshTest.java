package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.waitlistdesk.bitrix.RestException.Kind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** On 401 expired_token: refresh once, hand the pair over, repeat the call once. */
class OAuthRefreshTest {

    private final TestPortal portal = new TestPortal();
    private final List<OAuthTokens> stored = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        portal.close();
    }

    private RestClient oauthClient() {
        Portal oauth = Portal.oauth(portal.base() + "rest/", "old-acc3ss", "old-refr3sh", "local.app1", "cli3nt-s3cret")
                .withTokenEndpoint(portal.base() + "oauth/token/");
        RestClient client = new RestClient(oauth, RestOptions.defaults().withTime(portal.time, portal.time));
        client.onTokensRefreshed(stored::add);
        return client;
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static final String EXPIRED =
            "{\"error\":\"expired_token\",\"error_description\":\"The access token provided has expired\"}";
    private static final String TOKENS = "{\"access_token\":\"new-acc3ss\",\"refresh_token\":\"new-refr3sh\","
            + "\"expires_in\":3600,\"client_endpoint\":\"http://x/rest/\",\"domain\":\"oauth.bitrix.info\"}";

    @Test
    void aRedirectedTokenRefresh_isReportedAsARedirectNotAsNotJson() {
        RestClient client = oauthClient();
        portal.server.enqueue(json(401, EXPIRED));
        portal.server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "https://elsewhere.example/")
                .body("").build());

        RestException e = org.junit.jupiter.api.Assertions.assertThrows(RestException.class,
                () -> client.call(Method.read("booking.v1.waitlist.get"), Map.of("id", 4)));

        assertEquals(RestException.Reason.REDIRECT_REFUSED, e.reason());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("redirect"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertFalse(e.getMessage().contains("not JSON"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertFalse(e.getMessage().contains("cli3nt-s3cret"), e.getMessage());
    }

    @Test
    void expiredTokenIsRefreshedStoredAndTheCallRepeated() {
        RestClient client = oauthClient();
        portal.server.enqueue(json(401, EXPIRED));
        portal.server.enqueue(json(200, TOKENS));
        portal.server.enqueue(json(200, "{\"result\":true}"));

        boolean done = client.call(Method.read("booking.v1.waitlist.client.set"), Map.of("waitListId", 4)).asBoolean();

        RecordedRequest first = portal.take();
        RecordedRequest refresh = portal.take();
        RecordedRequest again = portal.take();
        assertEquals("old-acc3ss", TestPortal.json(first.getBody().utf8()).path("auth").asText());
        assertEquals("GET", refresh.getMethod());
        HttpUrl url = refresh.getUrl();
        assertEquals("/oauth/token/", url.encodedPath());
        assertEquals("refresh_token", url.queryParameter("grant_type"));
        assertEquals("local.app1", url.queryParameter("client_id"));
        assertEquals("cli3nt-s3cret", url.queryParameter("client_secret"));
        assertEquals("old-refr3sh", url.queryParameter("refresh_token"));
        assertEquals("new-acc3ss", TestPortal.json(again.getBody().utf8()).path("auth").asText());
        assertEquals(true, done);
        assertEquals(List.of(new OAuthTokens("new-acc3ss", "new-refr3sh")), stored);
        assertEquals("new-acc3ss", client.portal().accessToken());
    }

    @Test
    void aSecondExpiryRightAfterTheRefreshIsNotRefreshedAgain() {
        RestClient client = oauthClient();
        portal.server.enqueue(json(401, EXPIRED));
        portal.server.enqueue(json(200, TOKENS));
        portal.server.enqueue(json(401, EXPIRED));

        RestException e = assertThrows(RestException.class, () -> client.call(Method.read("booking.v1.waitlist.list"), Map.of()));

        assertEquals(Kind.AUTH, e.kind());
        assertEquals("expired_token", e.code());
        assertEquals(3, portal.server.getRequestCount());
    }

    @Test
    void aRefusedRefreshIsAnAuthError() {
        RestClient client = oauthClient();
        portal.server.enqueue(json(401, EXPIRED));
        portal.server.enqueue(json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid grant\"}"));

        RestException e = assertThrows(RestException.class, () -> client.call(Method.read("booking.v1.waitlist.list"), Map.of()));

        assertEquals(Kind.AUTH, e.kind());
        assertEquals("invalid_grant", e.code());
        assertEquals("oauth/token", e.method());
        assertEquals(List.of(), stored);
    }

    @Test
    void simultaneousExpiriesShareOneRefresh() throws Exception {
        AtomicInteger refreshes = new AtomicInteger();
        portal.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().startsWith("/oauth/token/")) {
                    refreshes.incrementAndGet();
                    return new MockResponse.Builder(json(200, TOKENS))
                            .headersDelay(300, TimeUnit.MILLISECONDS).build();
                }
                boolean fresh = request.getBody().utf8().contains("new-acc3ss");
                return fresh ? json(200, "{\"result\":{\"waitList\":[]}}") : json(401, EXPIRED);
            }
        });
        RestClient client = oauthClient();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> client.call(Method.read("booking.v1.waitlist.list"), Map.of())));
            }
            for (Future<?> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, refreshes.get());
        assertEquals(1, stored.size());
    }
}
