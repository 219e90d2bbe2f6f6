package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** booking.v1.resourceType/resource/slots/booking.* and deals in crm.item.*: shapes and documented errors. */
class BookingOverHttpTest {

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();

    private RestCall.Reply call(String method, String body) {
        return RestCall.postJson(running.server().webhookUrl() + method, body);
    }

    @Test
    void resourceTypesComeUnderTheKeyResourceAndFilterBySearchQuery() {
        JsonNode all = call("booking.v1.resourceType.list", "{}").result().get("resource");
        JsonNode found = call("booking.v1.resourceType.list",
                "{\"filter\":{\"searchQuery\":\"SPEC\",\"moduleId\":\"booking\"},\"order\":{\"id\":\"DESC\"}}").result().get("resource");
        RestCall.Reply badOrder = call("booking.v1.resourceType.list", "{\"order\":\"ASC\"}");

        assertEquals(3, all.size());
        assertEquals("room", all.get(0).get("code").asText());
        assertEquals(1, found.size());
        assertEquals("Specialists", found.get(0).get("name").asText());
        assertEquals(400, badOrder.status());
        assertEquals(100, badOrder.json().get("error").asInt());
    }

    @Test
    void resourcesFilterByTypeAndMainAndShowTheirSlots() {
        JsonNode staff = call("booking.v1.resource.list", "{\"filter\":{\"typeId\":2},\"order\":{\"name\":\"DESC\"}}")
                .result().get("resource");
        JsonNode notMain = call("booking.v1.resource.list", "{\"FILTER\":{\"isMain\":\"N\"}}").result().get("resource");
        JsonNode slots = call("booking.v1.resource.slots.list", "{\"resourceId\":1}").result().get("slots");

        assertEquals(List.of(4L, 3L), ids(staff), "Olga before Anna: by name, descending");
        assertEquals(List.of(5L), ids(notMain));
        assertTrue(notMain.get(0).has("isInfoNotificationOn"));
        assertEquals("{\"id\":1,\"from\":540,\"to\":780,\"slotSize\":60,\"timezone\":\"Europe/Berlin\","
                + "\"weekDays\":[\"Mon\",\"Tue\",\"Wed\",\"Thu\",\"Fri\"]}", slots.get(0).toString());
        assertEquals(1009, call("booking.v1.resource.get", "{\"id\":77}").json().get("error").asInt());
        assertEquals(1009, call("booking.v1.resource.slots.list", "{\"resourceId\":77}").json().get("error").asInt());
        assertEquals(100, call("booking.v1.resource.slots.list", "{}").json().get("error").asInt());
    }

    @Test
    void bookingsAreSeededOverTheNextFourteenDaysOnEveryResource() {
        SandboxData data = running.server().data();
        long now = Instant.now().getEpochSecond();
        List<Booking> ahead = data.bookingsWithin(now, now + 14 * 86_400);

        assertTrue(ahead.size() > 50, "bookings ahead: " + ahead.size());
        for (long resource = 1; resource <= 5; resource++) {
            long id = resource;
            assertTrue(ahead.stream().anyMatch(b -> b.resourceIds().contains(id)), "resource " + id);
        }
        assertTrue(data.bookingsWithin(now + 15 * 86_400, now + 60 * 86_400).isEmpty());
    }

    @Test
    void theListTakesBookingsThatOverlapTheWindowFiftyAPage() {
        SandboxData data = running.server().data();
        long day = LocalDate.now().plusDays(40).atStartOfDay(ZoneId.of("UTC")).toEpochSecond();
        long overnight = data.addBooking("", "", List.of(5L), day - 3600, day + 3600, "UTC").orElseThrow();
        for (int i = 0; i < 60; i++) {
            data.addBooking("", "", List.of(2L), day + 7200 + i * 600, day + 7800 + i * 600, "UTC").orElseThrow();
        }
        String within = "\"filter\":{\"within\":{\"dateFrom\":" + day + ",\"dateTo\":" + (day + 86_400) + "}}";

        JsonNode first = call("booking.v1.booking.list", "{" + within + "}").result().get("booking");
        JsonNode second = call("booking.v1.booking.list", "{" + within + ",\"start\":50}").result().get("booking");
        RestCall.Reply noEnd = call("booking.v1.booking.list", "{\"filter\":{\"within\":{\"dateFrom\":0}}}");

        assertEquals(50, first.size());
        assertEquals(overnight, first.get(0).get("id").asLong(), "it began the day before");
        assertEquals(11, second.size());
        assertEquals(0, noEnd.json().get("error").asInt());
        JsonNode period = first.get(0).get("datePeriod");
        assertEquals(day - 3600, period.get("from").get("timestamp").asLong());
        assertEquals("UTC", period.get("to").get("timezone").asText());
    }

    @Test
    void addGivesAnIdObjectAndRefusesABusyTimeWith1018() {
        long day = LocalDate.now().plusDays(40).atStartOfDay(ZoneId.of("UTC")).toEpochSecond();
        String period = "\"datePeriod\":{\"from\":{\"timestamp\":" + day + ",\"timezone\":\"UTC\"},"
                + "\"to\":{\"timestamp\":\"" + (day + 1800) + "\",\"timezone\":\"UTC\"}}";

        RestCall.Reply made = call("booking.v1.booking.add", "{\"fields\":{\"name\":\"Visit\",\"resourceIds\":[3]," + period + "}}");
        RestCall.Reply busy = call("booking.v1.booking.add", "{\"fields\":{\"resourceIds\":[3,4]," + period + "}}");
        RestCall.Reply otherResource = call("booking.v1.booking.add", "{\"fields\":{\"resourceIds\":[4]," + period + "}}");
        RestCall.Reply none = call("booking.v1.booking.add", "{\"fields\":{\"resourceIds\":[]," + period + "}}");
        long id = made.result().get("id").asLong();

        assertEquals("Visit", call("booking.v1.booking.get", "{\"id\":" + id + "}").result().get("booking").get("name").asText());
        assertEquals(1018, busy.json().get("error").asInt());
        assertEquals(200, otherResource.status());
        assertEquals(1018, none.json().get("error").asInt());
        assertEquals(1021, call("booking.v1.booking.get", "{\"id\":999999}").json().get("error").asInt());
    }

    @Test
    void aBookingsClientsAndDealLinksAreSetListedAndUnset() {
        String clients = "{\"bookingId\":1,\"clients\":[{\"id\":5,\"type\":{\"module\":\"crm\",\"code\":\"COMPANY\"}}]}";
        String links = "{\"bookingId\":1,\"externalData\":[{\"moduleId\":\"crm\",\"entityTypeId\":\"DEAL\",\"value\":\"9\"}]}";

        assertTrue(call("booking.v1.booking.client.set", clients).result().asBoolean());
        assertTrue(call("booking.v1.booking.externalData.set", links).result().asBoolean());
        assertEquals("[{\"id\":5,\"type\":{\"code\":\"COMPANY\",\"module\":\"crm\"}}]",
                call("booking.v1.booking.client.list", "{\"bookingId\":1}").result().get("bookingClient").toString());
        assertEquals("[{\"entityTypeId\":\"DEAL\",\"moduleId\":\"crm\",\"value\":\"9\"}]",
                call("booking.v1.booking.externalData.list", "{\"bookingId\":1}").result().get("externalData").toString());
        call("booking.v1.booking.externalData.unset", "{\"bookingId\":1}");
        assertEquals(0, call("booking.v1.booking.externalData.list", "{\"bookingId\":1}").result().get("externalData").size());
        assertEquals(1021, call("booking.v1.booking.client.list", "{\"bookingId\":999999}").json().get("error").asInt());
        assertEquals(0, call("booking.v1.booking.externalData.set",
                "{\"bookingId\":1,\"externalData\":[{\"moduleId\":\"crm\"}]}").json().get("error").asInt());
    }

    @Test
    void dealsAreCrmItemsOfTypeTwoWithTitleAndStageAndNoPhones() {
        JsonNode deal = call("crm.item.get", "{\"entityTypeId\":2,\"id\":7}").result().get("item");
        RestCall.Reply missing = call("crm.item.get", "{\"entityTypeId\":2,\"id\":999999}");
        RestCall.Reply phoneFilter = call("crm.item.list", "{\"entityTypeId\":2,\"filter\":{\"phone\":\"1\"}}");
        JsonNode batch = RestCall.postForm(running.server().webhookUrl() + "batch",
                "cmd[d]=crm.item.list%3FentityTypeId%3D2%26filter%5B%40id%5D%5B%5D%3D7%26filter%5B%40id%5D%5B%5D%3D8"
                        + "%26select%5B%5D%3Dtitle").result();

        assertEquals(7, deal.get("id").asLong());
        assertFalse(deal.get("title").asText().isEmpty());
        assertTrue(deal.has("stageId") && deal.has("stageSemanticId") && deal.has("closed"));
        assertFalse(deal.has("fm"));
        assertEquals(400, missing.status());
        assertEquals("NOT_FOUND", missing.error());
        assertEquals("INVALID_ARG_VALUE", phoneFilter.error());
        assertEquals(List.of(7L, 8L), ids(batch.get("result").get("d").get("items")));
        assertEquals(400, call("crm.item.list", "{\"entityTypeId\":1}").status());
    }

    @Test
    void anIdListStillHonoursTheRestOfTheFilter() {
        JsonNode items = call("crm.item.list", "{\"entityTypeId\":3,\"select\":[\"id\"],"
                + "\"filter\":{\"@id\":[5,6,7,999999],\">id\":5}}").result().get("items");
        JsonNode orBlock = call("crm.item.list", "{\"entityTypeId\":3,\"select\":[\"id\"],"
                + "\"filter\":{\"logic\":\"OR\",\"@id\":[5],\"id\":6}}").result().get("items");

        assertEquals(List.of(6L, 7L), ids(items));
        assertEquals(List.of(5L, 6L), ids(orBlock));
    }

    private static List<Long> ids(JsonNode rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }
}
