package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RestClientTest {

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void webhookCallPostsJsonToTheMethodUnderTheWebhookPath() {
        portal.ok("""
                {"result":{"waitList":{"id":7,"note":null}},
                 "time":{"start":1757424671.509725,"finish":1757424672.203906,"duration":0.69,
                         "processing":0.67,"date_start":"2025-09-09T16:31:11+03:00",
                         "date_finish":"2025-09-09T16:31:12+03:00","operating_reset_at":1757425271,
                         "operating":0.6726}}""");

        RestResponse response = portal.client.callList(Method.read("booking.v1.waitlist.get"), Map.of("id", 7));

        RecordedRequest request = portal.take();
        assertEquals("POST", request.getMethod());
        assertEquals("/rest/7/" + TestPortal.CODE + "/booking.v1.waitlist.get", request.getTarget());
        assertEquals("application/json", request.getHeaders().get("Accept"));
        assertTrue(request.getHeaders().get("Content-Type").startsWith("application/json"));
        assertEquals("WaitlistDesk/0.1.0", request.getHeaders().get("User-Agent"));
        assertEquals(TestPortal.json("{\"id\":7}"), TestPortal.json(request.getBody().utf8()));
        assertEquals(7, response.result().path("waitList").path("id").asInt());
        assertEquals(1757425271L, response.time().operatingResetAt());
        assertEquals(0.6726, response.time().operating());
        assertEquals("2025-09-09T16:31:11+03:00", response.time().dateStart());
    }

    @Test
    void everyTimeKeyIsOptional() {
        portal.ok("{\"result\":true,\"time\":{\"operating\":0}}");
        portal.ok("{\"result\":true}");

        RestResponse some = portal.client.callList(Method.write("booking.v1.waitlist.delete"), Map.of("id", 1));
        RestResponse none = portal.client.callList(Method.write("booking.v1.waitlist.delete"), Map.of("id", 1));

        assertTrue(some.result().asBoolean());
        assertNull(some.time().operatingResetAt());
        assertEquals(0.0, some.time().operating());
        assertNull(none.time().start());
    }

    @Test
    void listEnvelopeCarriesTotalAndNext() {
        portal.ok("{\"result\":{\"items\":[{\"id\":1}]},\"total\":123,\"next\":50,\"time\":{}}");
        portal.ok("{\"result\":{\"items\":[]},\"total\":0}");

        RestResponse first = portal.client.callList(Method.read("crm.item.list"), Map.of("entityTypeId", 3));
        RestResponse last = portal.client.callList(Method.read("crm.item.list"), Map.of("entityTypeId", 3, "start", -1));

        assertEquals(123, first.total());
        assertEquals(50, first.next());
        assertEquals(0, last.total());
        assertNull(last.next());
    }

    @Test
    void oauthCallPutsTheAccessTokenInTheBodyAndCallsTheClientEndpoint() {
        RestClient oauth = new RestClient(Portal.oauth(portal.base() + "rest/", "acc3ss", "refr3sh", "app", "s3cret"),
                RestOptions.defaults().withTime(portal.time, portal.time));
        portal.ok("{\"result\":{\"clientType\":[]}}");

        oauth.call(Method.read("booking.v1.clienttype.list"), Map.of());

        RecordedRequest request = portal.take();
        assertEquals("/rest/booking.v1.clienttype.list", request.getTarget());
        assertEquals("acc3ss", TestPortal.json(request.getBody().utf8()).path("auth").asText());
    }

    @Test
    void a302IsFollowedByPostingTheSameBodyAgain() {
        portal.server.enqueue(new mockwebserver3.MockResponse.Builder().code(302)
                .setHeader("Location", portal.server.url("/rest/7/" + TestPortal.CODE + "/moved.get").toString())
                .build());
        portal.ok("{\"result\":{\"ok\":1}}");

        JsonNode result = portal.client.call(Method.read("booking.v1.waitlist.get"), Map.of("id", 5));

        RecordedRequest first = portal.take();
        RecordedRequest second = portal.take();
        assertEquals("POST", second.getMethod());
        assertEquals("/rest/7/" + TestPortal.CODE + "/moved.get", second.getTarget());
        assertEquals(first.getBody().utf8(), second.getBody().utf8());
        assertEquals(1, result.path("ok").asInt());
    }
}
