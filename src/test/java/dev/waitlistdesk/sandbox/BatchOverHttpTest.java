package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BatchOverHttpTest {

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();
    SandboxServer sandbox;

    @BeforeEach
    void start() {
        sandbox = running.server();
    }

    JsonNode batch(String body) {
        RestCall.Reply reply = RestCall.postJson(sandbox.webhookUrl() + "batch", body);
        assertEquals(200, reply.status(), reply.text());
        return reply.result();
    }

    @Test
    void goodAndFailingCommandsLandInTheirSections() {
        JsonNode result = batch("{\"halt\":0,\"cmd\":{"
                + "\"set\":\"booking.v1.waitlist.client.set?waitListId=4&clients[0][id]=1&clients[0][type][module]=crm&clients[0][type][code]=CONTACT\","
                + "\"gone\":\"booking.v1.waitlist.client.list?waitListId=9999\","
                + "\"find\":\"crm.item.list?entityTypeId=3&filter[%25name]=ann&select[]=id&select[]=name\","
                + "\"list\":\"booking.v1.waitlist.client.list?waitListId=4\"}}");

        assertTrue(result.get("result").get("set").booleanValue());
        assertEquals(1, result.get("result").get("list").get("waitListClient").get(0).get("id").asInt());
        assertEquals(1040, result.get("result_error").get("gone").get("error").asInt());
        assertFalse(result.get("result").has("gone"));
        assertEquals(50, result.get("result").get("find").get("items").size());
        assertTrue(result.get("result_total").get("find").asInt() > 50);
        assertEquals(50, result.get("result_next").get("find").asInt());
        assertTrue(result.get("result_time").get("gone").has("duration"));
    }

    @Test
    void haltStopsAtTheFirstFailure() {
        JsonNode result = batch("{\"halt\":1,\"cmd\":{"
                + "\"unset\":\"booking.v1.waitlist.client.unset?waitListId=4\","
                + "\"bad\":\"booking.v1.waitlist.client.set?waitListId=4\","
                + "\"never\":\"booking.v1.waitlist.delete?id=4\"}}");

        assertTrue(result.get("result").get("unset").booleanValue());
        assertEquals(100, result.get("result_error").get("bad").get("error").asInt());
        assertFalse(result.get("result").has("never"));
        assertTrue(sandbox.data().waitlist(4).isPresent(), "the command after the failure did not run");
    }

    @Test
    void emptySectionsAreEmptyArraysAndNumberedCommandsAList() {
        JsonNode result = batch("{\"cmd\":[\"booking.v1.waitlist.get?id=1\",\"booking.v1.clienttype.list\"]}");

        assertTrue(result.get("result").isArray());
        assertEquals(2, result.get("result").size());
        for (String section : List.of("result_error", "result_total", "result_next")) {
            assertTrue(result.get(section).isArray() && result.get(section).isEmpty(), section);
        }
    }

    @Test
    void aLaterCommandUsesAnEarlierResult() {
        JsonNode result = batch("{\"cmd\":{\"new\":\"booking.v1.waitlist.add?fields[note]=From%20batch\","
                + "\"read\":\"booking.v1.waitlist.get?id=$result[new][id]\"}}");

        assertEquals("From batch", result.get("result").get("read").get("waitList").get("note").asText());
    }

    @Test
    void moreThanFiftyCommandsOrANestedBatchAreRefused() {
        StringBuilder many = new StringBuilder("{\"cmd\":[");
        for (int i = 0; i < 51; i++) {
            many.append(i == 0 ? "" : ",").append("\"scope\"");
        }
        RestCall.Reply tooMany = RestCall.postJson(sandbox.webhookUrl() + "batch", many.append("]}").toString());
        JsonNode nested = batch("{\"cmd\":{\"inner\":\"batch?cmd[a]=scope\"}}");

        assertEquals(400, tooMany.status());
        assertEquals("ERROR_BATCH_LENGTH_EXCEEDED", tooMany.error());
        assertEquals("ERROR_BATCH_METHOD_NOT_ALLOWED", nested.get("result_error").get("inner").get("error").asText());
    }

    @Test
    void aFormEncodedBatchWorksToo() {
        RestCall.Reply reply = RestCall.postForm(sandbox.webhookUrl() + "batch",
                "halt=0&cmd[a]=booking.v1.waitlist.get%3Fid%3D2&cmd[b]=booking.v1.waitlist.get%3Fid%3D3");

        assertEquals(2, reply.result().get("result").get("a").get("waitList").get("id").asInt());
        assertEquals(3, reply.result().get("result").get("b").get("waitList").get("id").asInt());
    }
}
