package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crm.item.list paging, filters, select and order; crm.item.get/add; crm.duplicate.findbycomm. */
class CrmOverHttpTest {

    @TempDir
    static Path folder;
    static SandboxServer sandbox;
    static String url;

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.start(SandboxConfig.defaults(folder.resolve("portal.json"))
                .withRateLimit(SandboxConfig.RateLimit.OFF));
        url = sandbox.webhookUrl();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    static JsonNode list(String body) {
        RestCall.Reply reply = RestCall.postJson(url + "crm.item.list", body);
        assertEquals(200, reply.status(), reply.text());
        return reply.json();
    }

    static List<Long> ids(JsonNode answer) {
        List<Long> ids = new ArrayList<>();
        answer.get("result").get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    @Test
    void pagesAreFiftyWithNextAndTotalUntilTheLast() {
        // the seeded 2,000 (another test may add one)
        JsonNode first = list("{\"entityTypeId\":3,\"select\":[\"id\"],\"filter\":{\"<=id\":2000}}");
        JsonNode last = list("{\"entityTypeId\":3,\"select\":[\"id\"],\"filter\":{\"<=id\":2000},\"start\":1950}");

        assertEquals(50, ids(first).size());
        assertEquals(2000, first.get("total").asInt());
        assertEquals(50, first.get("next").asInt());
        assertEquals(List.of(1L, 2L, 3L), ids(first).subList(0, 3));
        assertEquals(50, ids(last).size());
        assertEquals(2000L, ids(last).get(49));
        assertNull(last.get("next"), "no next on the last page");
    }

    @Test
    void startMinusOneCountsNothing() {
        JsonNode page = list("{\"entityTypeId\":3,\"select\":[\"id\"],\"start\":-1}");

        assertEquals(50, ids(page).size());
        assertEquals(0, page.get("total").asInt());
        assertNull(page.get("next"));
    }

    @Test
    void orBlockFindsFirstOrLastNamesIgnoringCase() {
        JsonNode answer = list("{\"entityTypeId\":3,\"select\":[\"id\",\"name\",\"lastName\"],"
                + "\"filter\":{\"0\":{\"logic\":\"OR\",\"0\":{\"%name\":\"ANN\"},\"1\":{\"%lastName\":\"ann\"}}},"
                + "\"order\":{\"id\":\"ASC\"},\"start\":-1}");

        List<Long> expected = sandbox.data().contacts().stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).contains("ann")
                        || c.lastName().toLowerCase(Locale.ROOT).contains("ann"))
                .map(Contact::id).limit(50).collect(Collectors.toList());
        assertFalse(expected.isEmpty());
        assertEquals(expected, ids(answer));
    }

    @Test
    void cyrillicSubstringsMatchIgnoringCase() {
        JsonNode answer = list("{\"entityTypeId\":3,\"filter\":{\"%lastName\":\"ИВАНОВ\"},\"select\":[\"id\"]}");

        long expected = sandbox.data().contacts().stream().filter(c -> c.lastName().startsWith("Иванов")).count();
        assertTrue(expected > 0);
        assertEquals(expected, answer.get("total").asLong());
    }

    @Test
    void comparisonInAndNotInPrefixes() {
        assertEquals(List.of(10L, 11L, 12L), ids(list("{\"entityTypeId\":3,\"filter\":{\">=id\":10,\"<id\":13}}")));
        assertEquals(List.of(5L, 7L), ids(list("{\"entityTypeId\":3,\"filter\":{\"@id\":[5,7,999999]}}")));
        assertEquals(List.of(1L, 3L), ids(list("{\"entityTypeId\":3,\"filter\":{\"<=id\":3,\"!@id\":[2]}}")));
        assertEquals(List.of(1L, 3L), ids(list("{\"entityTypeId\":3,\"filter\":{\"<=id\":3,\"!id\":2}}")));
        assertEquals(List.of(8L), ids(list("{\"entityTypeId\":3,\"filter\":{\"=id\":8}}")));
        assertEquals(List.of(4L, 5L), ids(list("{\"entityTypeId\":3,\"filter\":{\">id\":3,\"<id\":6}}")));
    }

    @Test
    void exactNameAndNotLikeCombine() {
        Contact someone = sandbox.data().contact(42).orElseThrow();
        JsonNode answer = list("{\"entityTypeId\":3,\"filter\":{\"=lastName\":\"" + someone.lastName()
                + "\",\"!%name\":\"zzz\"},\"select\":[\"id\"],\"start\":-1}");

        List<Long> expected = sandbox.data().contacts().stream()
                .filter(c -> c.lastName().equalsIgnoreCase(someone.lastName())).map(Contact::id).limit(50)
                .collect(Collectors.toList());
        assertEquals(expected, ids(answer));
    }

    @Test
    void orderDescendingByLastNameThenId() {
        JsonNode answer = list("{\"entityTypeId\":3,\"order\":{\"lastName\":\"DESC\"},\"select\":[\"id\",\"lastName\"]}");

        List<Long> expected = sandbox.data().contacts().stream()
                .sorted(Comparator.comparing(Contact::lastName, String.CASE_INSENSITIVE_ORDER).reversed()
                        .thenComparing(Contact::id))
                .map(Contact::id).limit(50).collect(Collectors.toList());
        assertEquals(expected, ids(answer));
    }

    @Test
    void starSelectsEveryFieldAndFmButNamingFmAloneDoesNot() {
        JsonNode star = list("{\"entityTypeId\":3,\"select\":[\"*\"],\"filter\":{\"id\":7}}").get("result").get("items").get(0);
        JsonNode fmOnly = list("{\"entityTypeId\":3,\"select\":[\"name\",\"fm\",\"phone\"],\"filter\":{\"id\":7}}")
                .get("result").get("items").get(0);

        assertTrue(star.get("fm").isArray());
        assertTrue(star.has("lastName") && star.has("createdTime") && star.has("hasPhone"));
        assertFalse(fmOnly.has("fm"), "fm comes only with *");
        assertTrue(fmOnly.has("name") && fmOnly.has("phone") && fmOnly.has("id"));
        assertFalse(fmOnly.has("lastName"));
        Contact seven = sandbox.data().contact(7).orElseThrow();
        assertEquals(seven.first("PHONE", null), fmOnly.get("phone").isNull() ? null : fmOnly.get("phone").asText());
    }

    @Test
    void companiesHaveTitlesAndNoNames() {
        JsonNode company = list("{\"entityTypeId\":4,\"filter\":{\"id\":3}}").get("result").get("items").get(0);

        assertEquals(sandbox.data().companies().get(2).title(), company.get("title").asText());
        assertFalse(company.has("name"));
        assertEquals(200, list("{\"entityTypeId\":4,\"select\":[\"id\"]}").get("total").asInt());
    }

    @Test
    void badFilterOrderOrTypeAreRefusedAsDocumented() {
        RestCall.Reply badField = RestCall.postJson(url + "crm.item.list", "{\"entityTypeId\":3,\"filter\":{\"%nope\":\"x\"}}");
        RestCall.Reply badDirection = RestCall.postJson(url + "crm.item.list", "{\"entityTypeId\":3,\"order\":{\"id\":\"UP\"}}");
        RestCall.Reply badType = RestCall.postJson(url + "crm.item.list", "{\"entityTypeId\":77}");

        assertEquals(400, badField.status());
        assertEquals("INVALID_ARG_VALUE", badField.error());
        assertEquals("Invalid filter: field 'nope' is not allowed in filter",
                badField.json().get("error_description").asText());
        assertEquals("INVALID_ARG_VALUE", badDirection.error());
        assertEquals(400, badType.status());
        assertEquals("NOT_FOUND", badType.error());
    }

    @Test
    void getReturnsAllFieldsWithFmAndNotFoundOtherwise() {
        RestCall.Reply found = RestCall.postJson(url + "crm.item.get", "{\"entityTypeId\":3,\"id\":12}");
        RestCall.Reply missing = RestCall.postJson(url + "crm.item.get", "{\"entityTypeId\":3,\"id\":999999}");

        assertEquals(sandbox.data().contact(12).orElseThrow().name(), found.result().get("item").get("name").asText());
        assertTrue(found.result().get("item").get("fm").isArray());
        assertEquals(400, missing.status());
        assertEquals("NOT_FOUND", missing.error());
    }

    @Test
    void addStoresAContactWithPhoneAndEmailThatTheDuplicateSearchFinds() {
        RestCall.Reply added = RestCall.postJson(url + "crm.item.add", "{\"entityTypeId\":3,\"fields\":{"
                + "\"name\":\"Zoë\",\"lastName\":\"Quartermaine\",\"fm\":[{\"typeId\":\"PHONE\",\"valueType\":\"MOBILE\","
                + "\"value\":\"+49 171 5550001\"},{\"typeId\":\"EMAIL\",\"valueType\":\"WORK\",\"value\":\"zoe@example.com\"}]}}");
        long id = added.result().get("item").get("id").asLong();

        JsonNode byPhone = RestCall.postJson(url + "crm.duplicate.findbycomm",
                "{\"entity_type\":\"CONTACT\",\"type\":\"PHONE\",\"values\":[\"+491715550001\"]}").result();
        JsonNode byEmail = RestCall.postJson(url + "crm.duplicate.findbycomm",
                "{\"type\":\"EMAIL\",\"values\":[\"ZOE@example.com\"]}").result();
        JsonNode none = RestCall.postJson(url + "crm.duplicate.findbycomm",
                "{\"type\":\"PHONE\",\"values\":[\"000\"]}").result();

        assertEquals(200, added.status(), added.text());
        assertEquals("+49 171 5550001", added.result().get("item").get("phone").asText());
        assertEquals(id, byPhone.get("CONTACT").get(0).asLong());
        assertEquals(id, byEmail.get("CONTACT").get(0).asLong());
        assertTrue(none.isArray() && none.isEmpty(), "no hits is []");
    }

    @Test
    void duplicateSearchWithoutTypeIsRefused() {
        RestCall.Reply reply = RestCall.postJson(url + "crm.duplicate.findbycomm", "{\"values\":[\"1\"]}");

        assertEquals(400, reply.status());
        assertEquals("Communication type is not defined", reply.error());
    }

    @Test
    void scopeAndProfileAnswerAConnectionTest() {
        assertTrue(RestCall.get(url + "scope").result().toString().contains("booking"));
        assertEquals("1", RestCall.get(url + "profile.json").result().get("ID").asText());
    }
}
