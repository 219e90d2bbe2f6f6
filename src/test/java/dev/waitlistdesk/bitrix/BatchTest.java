package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.RestException.Kind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchTest {

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void nestedParametersGoInPhpBracketForm() {
        Map<String, Object> clients = ordered("waitListId", 4, "clients", List.of(
                ordered("id", 1, "type", ordered("module", "crm", "code", "CONTACT"))));
        Map<String, Object> search = ordered("entityTypeId", 3, "filter", Map.of("%name", "Ann & Co"),
                "select", List.of("id", "name"), "start", -1);

        String set = new BatchCommand("set", Method.read("booking.v1.waitlist.client.set"), clients).cmd();
        String list = new BatchCommand("find", Method.read("crm.item.list"), search).cmd();

        assertEquals("booking.v1.waitlist.client.set?waitListId=4&clients[0][id]=1"
                + "&clients[0][type][module]=crm&clients[0][type][code]=CONTACT", set);
        assertEquals("crm.item.list?entityTypeId=3&filter[%25name]=Ann+%26+Co&select[]=id&select[]=name&start=-1", list);
        assertEquals("scope", new BatchCommand("s", Method.read("scope"), Map.of()).cmd());
    }

    @Test
    void aBatchOfReadsAndFixedStateWritesIsRetriedAfterA5xx_oneThatAddsIsNot() {
        portal.reply(502, "{}");
        portal.ok("{\"result\":{\"result\":{\"a\":{\"waitList\":[]},\"b\":true},\"result_error\":[]}}");
        BatchResult safe = portal.client.batch(List.of(new BatchCommand("a", Method.read("booking.v1.waitlist.list"), Map.of()),
                new BatchCommand("b", Method.read("booking.v1.waitlist.client.set"), Map.of("waitListId", 1))));
        assertTrue(safe.result("b").isPresent());
        assertEquals(2, portal.server.getRequestCount());

        portal.reply(502, "{}");
        assertThrows(RestException.class, () -> portal.client.batch(List.of(
                new BatchCommand("a", Method.write("booking.v1.waitlist.add"), Map.of("fields", Map.of("note", "x"))))));
        assertEquals(3, portal.server.getRequestCount());
    }

    /** A map that keeps the order the pairs are given in. */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void requestCarriesHaltAndCmdAndResultsAreReadByKey() {
        portal.ok("""
                {"result":{"result":{"list":{"waitList":[{"id":15,"note":"n"}]},"cl_15":{"waitListClient":[]}},
                 "result_error":[],"result_total":{"list":2},"result_next":[],
                 "result_time":{"list":{"start":1.0}}},"time":{"start":1.0}}""");

        BatchResult result = portal.client.batch(List.of(
                new BatchCommand("list", Method.read("booking.v1.waitlist.list"), Map.of()),
                new BatchCommand("cl_15", Method.read("booking.v1.waitlist.client.list"), Map.of("waitListId", 15))), true);

        JsonNode body = portal.takeJson();
        assertEquals(1, body.path("halt").asInt());
        assertEquals("booking.v1.waitlist.list", body.path("cmd").path("list").asText());
        assertEquals("booking.v1.waitlist.client.list?waitListId=15", body.path("cmd").path("cl_15").asText());
        assertEquals(15, result.result("list").orElseThrow().path("waitList").get(0).path("id").asInt());
        assertEquals(2, result.total("list").orElseThrow());
        assertTrue(result.errors().isEmpty());
        assertTrue(result.next("list").isEmpty());
    }

    /** Fields the app does not read, the commands' timings among them, are skipped whatever they hold. */
    @Test
    void unreadFieldsAndTimingsDoNotMatter() {
        portal.ok("""
                {"result":{"result_time":{"a":{"start":"soon","nested":[[{"x":null}]]}},"result":{"a":{"waitList":[]}},
                 "result_error":[],"result_total":[],"result_next":[],"extra":{"deep":[1,2,{"x":"y"}]}},
                 "time":{"start":1.0,"operating":0},"server_note":[true,false]}""");

        BatchResult result = portal.client.batch(List.of(new BatchCommand("a", Method.read("booking.v1.waitlist.list"), Map.of())));

        assertTrue(result.result("a").orElseThrow().path("waitList").isArray());
        assertTrue(result.errors().isEmpty());
    }

    @Test
    void allSectionsMayComeAsEmptyArrays() {
        portal.ok("{\"result\":{\"result\":[],\"result_error\":[],\"result_total\":[],\"result_next\":[],"
                + "\"result_time\":[]},\"time\":{}}");

        BatchResult result = portal.client.batch(List.of(new BatchCommand("a", Method.read("booking.v1.waitlist.list"), Map.of())));

        assertTrue(result.results().isEmpty());
        assertTrue(result.errors().isEmpty());
        assertTrue(result.result("a").isEmpty());
    }

    @Test
    void aFailedCommandIsARestExceptionNamingIt() {
        portal.ok("""
                {"result":{"result":{"ok":true},
                 "result_error":{"cl_9":{"error":1040,"error_description":"Wait list not found"}},
                 "result_total":[],"result_next":[],"result_time":[]}}""");

        BatchResult result = portal.client.batch(List.of(
                new BatchCommand("ok", Method.read("booking.v1.waitlist.update"), Map.of("id", 1)),
                new BatchCommand("cl_9", Method.read("booking.v1.waitlist.client.list"), Map.of("waitListId", 9))));

        RestException e = assertThrows(RestException.class, () -> result.result("cl_9"));
        assertEquals(Kind.NOT_FOUND, e.kind());
        assertEquals("cl_9", e.command());
        assertEquals("booking.v1.waitlist.client.list", e.method());
        assertEquals("1040", e.code());
        assertTrue(e.getMessage().contains("cl_9"), e.getMessage());
        assertTrue(result.result("ok").orElseThrow().asBoolean());
        assertThrows(RestException.class, result::throwFirstError);
    }

    @Test
    void oneHundredTwentyCommandsGoInThreeRequestsOfFiftyFiftyAndTwenty() {
        List<BatchCommand> commands = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            commands.add(new BatchCommand("c" + i, Method.read("booking.v1.waitlist.client.list"), Map.of("waitListId", i)));
        }
        for (int chunk = 0; chunk < 3; chunk++) {
            StringBuilder answer = new StringBuilder("{\"result\":{\"result\":{");
            for (int i = chunk * 50; i < Math.min(120, chunk * 50 + 50); i++) {
                answer.append(i > chunk * 50 ? "," : "").append("\"c").append(i).append("\":{\"n\":").append(i).append('}');
            }
            portal.ok(answer.append("},\"result_error\":[]}}").toString());
        }

        BatchResult result = portal.client.batch(commands);

        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RecordedRequest request = portal.take();
            assertTrue(request.getTarget().endsWith("/batch"));
            JsonNode cmd = TestPortal.json(request.getBody().utf8()).path("cmd");
            sizes.add(cmd.size());
            Iterator<String> keys = cmd.fieldNames();
            assertEquals("c" + (i * 50), keys.next());
        }
        assertEquals(List.of(50, 50, 20), sizes);
        assertEquals(120, result.results().size());
        assertEquals(119, result.result("c119").orElseThrow().path("n").asInt());
    }

    @Test
    void haltStopsBeforeTheNextChunk() {
        List<BatchCommand> commands = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            commands.add(new BatchCommand("c" + i, Method.write("booking.v1.waitlist.delete"), Map.of("id", i)));
        }
        portal.ok("{\"result\":{\"result\":{\"c0\":true},\"result_error\":"
                + "{\"c1\":{\"error\":1036,\"error_description\":\"wait list item not found\"}}}}");

        BatchResult result = portal.client.batch(commands, true);

        assertEquals(1, portal.server.getRequestCount());
        assertEquals(1, result.errors().size());
        assertFalse(result.results().containsKey("c2"));
    }

    @Test
    void numericOrDuplicateKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BatchCommand("12", Method.read("scope"), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> portal.client.batch(List.of(
                new BatchCommand("a", Method.read("scope"), Map.of()), new BatchCommand("a", Method.read("scope"), Map.of()))));
    }

    @Test
    void keysetPagingWalksByIdUntilAShortPage() {
        StringBuilder page = new StringBuilder("{\"result\":{\"items\":[");
        for (int id = 1; id <= 50; id++) {
            page.append(id > 1 ? "," : "").append("{\"id\":").append(id * 2).append('}');
        }
        portal.ok(page.append("]},\"total\":0}").toString());
        portal.ok("{\"result\":{\"items\":[{\"id\":101},{\"id\":103}]},\"total\":0}");

        List<JsonNode> rows = Paging.byId(portal.client, Method.read("crm.item.list"),
                Map.of("entityTypeId", 3, "filter", Map.of("%name", "ann"), "select", List.of("id")), "items");

        JsonNode first = portal.takeJson();
        JsonNode second = portal.takeJson();
        assertEquals(52, rows.size());
        assertEquals(0, first.path("filter").path(">id").asLong());
        assertEquals("ann", first.path("filter").path("%name").asText());
        assertEquals("ASC", first.path("order").path("id").asText());
        assertEquals(-1, first.path("start").asInt());
        assertEquals(100, second.path("filter").path(">id").asLong());
        assertEquals(2, portal.server.getRequestCount());
    }
}
