package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The official examples of booking.v1.waitlist.client.set, sent as they are, in every form. */
class ClientSetOverHttpTest {

    /** The request body of the docs' cURL examples (webhook form: no auth). */
    static final String EXAMPLE = "{\"waitListId\":4,\"clients\":[{\"id\":1,\"type\":{\"module\":\"crm\","
            + "\"code\":\"CONTACT\"}},{\"id\":2,\"type\":{\"module\":\"crm\",\"code\":\"CONTACT\"}}]}";

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();
    SandboxServer sandbox;

    @BeforeEach
    void start() {
        sandbox = running.server();
    }

    @Test
    void theWebhookExampleSetsBothContacts() {
        RestCall.Reply reply = RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.client.set", EXAMPLE);

        assertTrue(reply.json().get("result").booleanValue(), reply.text());
        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("application/json"));
        assertTimeBlock(reply.json().get("time"));
        assertEquals(List.of(Client.contact(1), Client.contact(2)), sandbox.data().waitlist(4).orElseThrow().clients());
    }

    @Test
    void theOAuthExampleWithAuthInTheBodySetsBothContacts() {
        String body = EXAMPLE.replace("]}", "],\"auth\":\"" + sandbox.accessToken() + "\"}");

        RestCall.Reply reply = RestCall.postJson(sandbox.oauthEndpoint() + "booking.v1.waitlist.client.set", body);

        assertEquals(200, reply.status(), reply.text());
        assertTrue(reply.result().booleanValue());
        assertTimeBlock(reply.json().get("time"));
        assertEquals(2, sandbox.data().waitlist(4).orElseThrow().clients().size());
    }

    @Test
    void theSameAsAFormWithPhpBracketsWithTheJsonSuffix() {
        String form = "waitListId=4&clients[0][id]=1&clients[0][type][module]=crm&clients[0][type][code]=CONTACT"
                + "&clients[1][id]=2&clients[1][type][module]=crm&clients[1][type][code]=CONTACT";

        RestCall.Reply reply = RestCall.postForm(sandbox.webhookUrl() + "booking.v1.waitlist.client.set.json", form);

        assertEquals(200, reply.status(), reply.text());
        assertTrue(reply.result().booleanValue());
        assertEquals(List.of(Client.contact(1), Client.contact(2)), sandbox.data().waitlist(4).orElseThrow().clients());
    }

    @Test
    void theSameAsAQueryStringByGetWithAuthInTheQuery() {
        String query = "?waitListId=4&clients%5B0%5D%5Bid%5D=3&clients%5B0%5D%5Btype%5D%5Bmodule%5D=crm"
                + "&clients%5B0%5D%5Btype%5D%5Bcode%5D=COMPANY&auth=" + sandbox.accessToken();

        RestCall.Reply reply = RestCall.get(sandbox.oauthEndpoint() + "booking.v1.waitlist.client.set" + query);

        assertEquals(200, reply.status(), reply.text());
        assertEquals(List.of(Client.company(3)), sandbox.data().waitlist(4).orElseThrow().clients());
    }

    @Test
    void setReplacesTheWholeListAndListShowsIt() {
        RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.client.set", EXAMPLE);
        RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.client.set",
                "{\"waitListId\":4,\"clients\":[{\"id\":9,\"type\":{\"module\":\"crm\",\"code\":\"COMPANY\"}}]}");

        JsonNode clients = RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.client.list",
                "{\"waitListId\":4}").result().get("waitListClient");

        assertEquals(1, clients.size());
        assertEquals(9, clients.get(0).get("id").asInt());
        assertEquals("COMPANY", clients.get(0).get("type").get("code").asText());
        assertEquals("crm", clients.get(0).get("type").get("module").asText());
    }

    @Test
    void unsetClearsEveryClient() {
        RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.client.set", EXAMPLE);

        RestCall.Reply reply = RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.client.unset",
                "{\"waitListId\":4}");

        assertTrue(reply.result().booleanValue());
        assertEquals(List.of(), sandbox.data().waitlist(4).orElseThrow().clients());
    }

    @Test
    void anUnknownRecordIs1040() {
        RestCall.Reply reply = RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.client.set",
                EXAMPLE.replace("\"waitListId\":4", "\"waitListId\":4444"));

        assertEquals(400, reply.status());
        assertTrue(reply.json().get("error").isInt(), "booking codes are JSON numbers: " + reply.text());
        assertEquals(1040, reply.json().get("error").asInt());
        assertEquals("Wait list not found", reply.json().get("error_description").asText());
    }

    @Test
    void aMissingWaitListIdIs100() {
        RestCall.Reply reply = RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.client.set",
                EXAMPLE.replace("\"waitListId\":4,", ""));

        assertEquals(400, reply.status());
        assertEquals(100, reply.json().get("error").asInt());
        assertTrue(reply.json().get("error_description").asText().startsWith("Could not find value for parameter"));
    }

    @Test
    void aClientWithoutTypeIs0AndChangesNothing() {
        RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.client.set", EXAMPLE);

        RestCall.Reply reply = RestCall.postJson(sandbox.webhookUrl() + "booking.v1.waitlist.client.set",
                "{\"waitListId\":4,\"clients\":[{\"id\":7}]}");

        assertEquals(400, reply.status());
        assertEquals(0, reply.json().get("error").asInt());
        assertEquals("Required fields: type", reply.json().get("error_description").asText());
        assertEquals(2, sandbox.data().waitlist(4).orElseThrow().clients().size());
    }

    @Test
    void aWrongWebhookCodeOrTokenIsNoAuthFound() {
        List<Client> before = sandbox.data().waitlist(4).orElseThrow().clients();
        String wrongCode = sandbox.webhookUrl().replaceAll("/1/[^/]+/$", "/1/wrongcode/");

        RestCall.Reply byWebhook = RestCall.postJson(wrongCode + "booking.v1.waitlist.client.set", EXAMPLE);
        RestCall.Reply byToken = RestCall.postJson(sandbox.oauthEndpoint() + "booking.v1.waitlist.client.set",
                EXAMPLE.replace("]}", "],\"auth\":\"not-the-token\"}"));

        assertEquals(401, byWebhook.status());
        assertEquals("NO_AUTH_FOUND", byWebhook.error());
        assertEquals(401, byToken.status());
        assertEquals("NO_AUTH_FOUND", byToken.error());
        assertEquals(before, sandbox.data().waitlist(4).orElseThrow().clients());
    }

    static void assertTimeBlock(JsonNode time) {
        assertTrue(time != null && time.isObject(), "time block");
        for (String key : List.of("start", "finish", "duration", "processing")) {
            assertTrue(time.get(key).isNumber(), key);
        }
        assertTrue(time.get("date_start").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d"));
        assertTrue(time.get("finish").asDouble() >= time.get("start").asDouble());
    }
}
