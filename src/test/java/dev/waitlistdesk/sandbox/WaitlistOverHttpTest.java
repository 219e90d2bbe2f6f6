package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rest of booking.v1.waitlist.*, clienttype.list and booking.createfromwaitlist. */
class WaitlistOverHttpTest {

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();
    SandboxServer sandbox;

    @BeforeEach
    void start() {
        sandbox = running.server();
    }

    RestCall.Reply call(String method, String body) {
        return RestCall.postJson(sandbox.webhookUrl() + method, body);
    }

    static List<Long> ids(JsonNode waitList) {
        List<Long> ids = new ArrayList<>();
        waitList.forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }

    @Test
    void addGetUpdateDeleteInTheDocumentedShapes() {
        long id = call("booking.v1.waitlist.add", "{\"fields\":{\"note\":\"Note\"}}").result().get("id").asLong();
        JsonNode got = call("booking.v1.waitlist.get", "{\"id\":" + id + "}").result().get("waitList");
        RestCall.Reply updated = call("booking.v1.waitlist.update", "{\"id\":" + id + ",\"fields\":{\"note\":\"New note\"}}");
        RestCall.Reply deleted = call("booking.v1.waitlist.delete", "{\"id\":" + id + "}");
        RestCall.Reply deletedAgain = call("booking.v1.waitlist.delete", "{\"id\":" + id + "}");
        RestCall.Reply getGone = call("booking.v1.waitlist.get", "{\"id\":" + id + "}");

        assertEquals("Note", got.get("note").asText());
        assertTrue(updated.result().booleanValue());
        assertTrue(deleted.result().booleanValue());
        assertEquals(1036, deletedAgain.json().get("error").asInt());
        assertEquals("wait list item not found", deletedAgain.json().get("error_description").asText());
        assertEquals(1040, getGone.json().get("error").asInt());
    }

    @Test
    void aNullNoteStaysNullAndAddWithoutFieldsIs100() {
        JsonNode rows = call("booking.v1.waitlist.list", "{}").result().get("waitList");
        RestCall.Reply noFields = call("booking.v1.waitlist.add", "{}");

        assertTrue(rows.get(4).get("note").isNull(), "seeded record 5 has a null note: " + rows.get(4));
        assertEquals(100, noFields.json().get("error").asInt());
        assertEquals("Could not find value for parameter {fields}", noFields.json().get("error_description").asText());
    }

    @Test
    void createdWithinTakesFromInclusiveAndToExclusive() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate day = LocalDate.of(2025, 4, 15);
        long onTheDay = sandbox.data().addWaitlist("on 15.04", day.atTime(23, 59).atZone(zone).toInstant());
        long dayAfter = sandbox.data().addWaitlist("on 16.04", day.plusDays(1).atStartOfDay(zone).toInstant());
        long dayBefore = sandbox.data().addWaitlist("on 14.04", day.minusDays(1).atTime(12, 0).atZone(zone).toInstant());

        JsonNode rows = call("booking.v1.waitlist.list",
                "{\"filter\":{\"createdWithin\":{\"from\":\"15.04.2025\",\"to\":\"16.04.2025\"}}}").result().get("waitList");
        JsonNode both = call("booking.v1.waitlist.list",
                "{\"filter\":{\"createdWithin\":{\"from\":\"14.04.2025\",\"to\":\"17.04.2025\"}}}").result().get("waitList");

        assertEquals(List.of(onTheDay), ids(rows));
        assertEquals(List.of(onTheDay, dayAfter, dayBefore), ids(both));
    }

    @Test
    void aBadOrHalfDateRangeIsRefused() {
        RestCall.Reply badDate = call("booking.v1.waitlist.list",
                "{\"filter\":{\"createdWithin\":{\"from\":\"2025-04-01\",\"to\":\"16.04.2025\"}}}");
        RestCall.Reply noTo = call("booking.v1.waitlist.list", "{\"filter\":{\"createdWithin\":{\"from\":\"01.04.2025\"}}}");

        assertEquals(422, badDate.json().get("error").asInt());
        assertEquals("Invalid date", badDate.json().get("error_description").asText());
        assertEquals(0, noTo.json().get("error").asInt());
    }

    @Test
    void listGivesPagesOfFiftyOldestFirst() {
        for (int i = 0; i < 40; i++) {
            sandbox.data().addWaitlist("more " + i);
        }

        List<Long> first = ids(call("booking.v1.waitlist.list", "{}").result().get("waitList"));
        List<Long> second = ids(call("booking.v1.waitlist.list", "{\"start\":50}").result().get("waitList"));

        assertEquals(50, first.size());
        assertEquals(1L, first.get(0));
        assertEquals(20, second.size());
        assertEquals(70L, second.get(19));
    }

    @Test
    void externalDataIsSetListedAndUnset() {
        call("booking.v1.waitlist.externalData.set",
                "{\"waitListId\":14,\"externalData\":[{\"moduleId\":\"crm\",\"entityTypeId\":\"DEAL\",\"value\":\"1\"}]}");
        JsonNode links = call("booking.v1.waitlist.externalData.list", "{\"waitListId\":14}").result().get("externalData");
        RestCall.Reply missingValue = call("booking.v1.waitlist.externalData.set",
                "{\"waitListId\":14,\"externalData\":[{\"moduleId\":\"crm\",\"entityTypeId\":\"DEAL\"}]}");
        call("booking.v1.waitlist.externalData.unset", "{\"waitListId\":14}");

        assertEquals(1, links.size());
        assertEquals("1", links.get(0).get("value").asText());
        assertEquals("DEAL", links.get(0).get("entityTypeId").asText());
        assertEquals(0, missingValue.json().get("error").asInt());
        assertEquals(List.of(), sandbox.data().waitlist(14).orElseThrow().externalData());
    }

    @Test
    void clientTypesAreCompanyAndContact() {
        JsonNode types = call("booking.v1.clienttype.list", "{}").result().get("clientType");

        assertEquals("[{\"code\":\"COMPANY\",\"module\":\"crm\"},{\"code\":\"CONTACT\",\"module\":\"crm\"}]", types.toString());
    }

    @Test
    void anUnknownClientTypeIs1025() {
        RestCall.Reply reply = call("booking.v1.waitlist.client.set",
                "{\"waitListId\":4,\"clients\":[{\"id\":1,\"type\":{\"module\":\"crm\",\"code\":\"LEAD\"}}]}");

        assertEquals(1025, reply.json().get("error").asInt());
    }

    @Test
    void createFromWaitlistBooksAndTakesTheRecordOffTheList() {
        List<Client> clients = sandbox.data().waitlist(10).orElseThrow().clients();
        String period = "\"datePeriod\":{\"from\":{\"timestamp\":1723446900,\"timezone\":\"Europe/Berlin\"},"
                + "\"to\":{\"timestamp\":1723447800,\"timezone\":\"Europe/Berlin\"}}";

        RestCall.Reply booked = call("booking.v1.booking.createfromwaitlist",
                "{\"waitListId\":10,\"fields\":{\"resourceIds\":[1,2,3]," + period + "}}");
        RestCall.Reply busy = call("booking.v1.booking.createfromwaitlist",
                "{\"waitListId\":11,\"fields\":{\"resourceIds\":[3]," + period + "}}");
        RestCall.Reply unknownResource = call("booking.v1.booking.createfromwaitlist",
                "{\"waitListId\":11,\"fields\":{\"resourceIds\":[99]," + period + "}}");
        RestCall.Reply backwards = call("booking.v1.booking.createfromwaitlist", "{\"waitListId\":11,\"fields\":{"
                + "\"resourceIds\":[4],\"datePeriod\":{\"from\":{\"timestamp\":200},\"to\":{\"timestamp\":100}}}}");

        assertTrue(booked.result().isIntegralNumber(), booked.text());
        assertEquals(clients, sandbox.data().booking(booked.result().asLong()).orElseThrow().clients());
        assertFalse(sandbox.data().waitlist(10).isPresent());
        assertEquals(1038, busy.json().get("error").asInt());
        assertEquals(1038, unknownResource.json().get("error").asInt());
        assertEquals(422, backwards.json().get("error").asInt());
    }

    @Test
    void createFromBookingGivesABareIdAnd1037ForAnUnknownBooking() {
        RestCall.Reply made = call("booking.v1.waitlist.createfrombooking", "{\"bookingId\":1}");
        RestCall.Reply unknown = call("booking.v1.waitlist.createfrombooking", "{\"bookingId\":1}");

        assertTrue(made.result().isIntegralNumber(), made.text());
        assertEquals(List.of(Client.contact(1)), sandbox.data().waitlist(made.result().asLong()).orElseThrow().clients());
        assertEquals(1037, unknown.json().get("error").asInt());
    }

    @Test
    void anUnknownMethodIsNotFound() {
        RestCall.Reply reply = call("booking.v1.waitlist.frobnicate", "{}");

        assertEquals(404, reply.status());
        assertEquals("ERROR_METHOD_NOT_FOUND", reply.error());
    }
}
