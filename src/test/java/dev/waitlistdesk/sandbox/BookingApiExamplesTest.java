package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cURL examples of the booking, resource, resource-type and slots pages (bitrix24/b24restdocs,
 * api-reference/booking/), sent as they stand, and each page's listed errors. Examples name ids
 * 10 and 15: the tests first add resources and types up to those ids through the API.
 */
class BookingApiExamplesTest {

    private static final String RESOURCE_ADD = "{\"fields\":{\"name\":\"Name\",\"description\":\"Description\","
            + "\"typeId\":1,\"isMain\":\"N\",\"isInfoNotificationOn\":\"Y\",\"templateTypeInfo\":\"inanimate\","
            + "\"isConfirmationNotificationOn\":\"Y\",\"templateTypeConfirmation\":\"animate\","
            + "\"isReminderNotificationOn\":\"N\",\"templateTypeReminder\":\"base\",\"isFeedbackNotificationOn\":\"Y\","
            + "\"templateTypeFeedback\":\"inanimate\",\"isDelayedNotificationOn\":\"Y\",\"templateTypeDelayed\":\"inanimate\","
            + "\"infoDelay\":60,\"reminderDelay\":-1,\"delayedDelay\":300,\"delayedCounterDelay\":7200,"
            + "\"confirmationDelay\":86400,\"confirmationRepetitions\":1,\"confirmationRepetitionsInterval\":3600,"
            + "\"confirmationCounterDelay\":7200}}";
    private static final String RESOURCE_UPDATE = "{\"id\":10,\"fields\":{\"name\":\"New Name\","
            + "\"description\":\"New Description\",\"typeId\":1,\"isMain\":\"N\",\"isInfoNotificationOn\":\"Y\","
            + "\"templateTypeInfo\":\"inanimate\",\"isConfirmationNotificationOn\":\"Y\",\"templateTypeConfirmation\":\"animate\","
            + "\"isReminderNotificationOn\":\"Y\",\"templateTypeReminder\":\"base\",\"isFeedbackNotificationOn\":\"N\","
            + "\"templateTypeFeedback\":\"animate\",\"isDelayedNotificationOn\":\"N\",\"templateTypeDelayed\":\"animate\","
            + "\"infoDelay\":300,\"reminderDelay\":-1,\"delayedDelay\":300,\"delayedCounterDelay\":7200,"
            + "\"confirmationDelay\":86400,\"confirmationRepetitions\":0,\"confirmationRepetitionsInterval\":0,"
            + "\"confirmationCounterDelay\":7200}}";
    private static final String TYPE_ADD = "{\"fields\":{\"name\":\"Name\",\"code\":\"code\",\"isInfoNotificationOn\":\"Y\","
            + "\"templateTypeInfo\":\"inanimate\",\"isConfirmationNotificationOn\":\"Y\",\"templateTypeConfirmation\":\"animate\","
            + "\"isReminderNotificationOn\":\"N\",\"templateTypeReminder\":\"base\",\"isFeedbackNotificationOn\":\"Y\","
            + "\"templateTypeFeedback\":\"inanimate\",\"isDelayedNotificationOn\":\"Y\",\"templateTypeDelayed\":\"inanimate\","
            + "\"infoDelay\":300,\"reminderDelay\":-1,\"delayedDelay\":300,\"delayedCounterDelay\":7200,"
            + "\"confirmationDelay\":86400,\"confirmationRepetitions\":0,\"confirmationRepetitionsInterval\":0,"
            + "\"confirmationCounterDelay\":7200}}";
    private static final String TYPE_UPDATE = "{\"id\":10,\"fields\":{\"name\":\"New Name\",\"code\":\"Updated Code\","
            + "\"isInfoNotificationOn\":\"Y\",\"templateTypeInfo\":\"inanimate\",\"isConfirmationNotificationOn\":\"Y\","
            + "\"templateTypeConfirmation\":\"animate\",\"isReminderNotificationOn\":\"Y\",\"templateTypeReminder\":\"base\","
            + "\"isFeedbackNotificationOn\":\"N\",\"templateTypeFeedback\":\"animate\",\"isDelayedNotificationOn\":\"N\","
            + "\"templateTypeDelayed\":\"animate\",\"infoDelay\":300,\"reminderDelay\":-1,\"delayedDelay\":300,"
            + "\"delayedCounterDelay\":7200,\"confirmationDelay\":86400,\"confirmationRepetitions\":0,"
            + "\"confirmationRepetitionsInterval\":0,\"confirmationCounterDelay\":7200}}";
    private static final String BOOKING_UPDATE = "{\"id\":10,\"fields\":{\"name\":\"Name\",\"description\":\"Description\","
            + "\"resourceIds\":[1,2,3],\"datePeriod\":{\"from\":{\"timestamp\":1723446900,\"timezone\":\"Europe/Berlin\"},"
            + "\"to\":{\"timestamp\":1723447800,\"timezone\":\"Europe/Berlin\"}}}}";
    private static final String SLOTS_SET = "{\"resourceId\":10,\"slots\":[{\"from\":540,\"to\":1080,"
            + "\"timezone\":\"Europe/Berlin\",\"weekDays\":[\"Mon\",\"Tue\",\"Wed\",\"Thu\",\"Fri\"],\"slotSize\":30}]}";

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();

    private RestCall.Reply call(String method, String body) {
        return RestCall.postJson(running.server().webhookUrl() + method, body);
    }

    private void refused(int code, String text, RestCall.Reply reply) {
        assertEquals(400, reply.status(), reply.text());
        assertEquals(code, reply.json().get("error").asInt(), reply.text());
        assertEquals(text, reply.json().get("error_description").asText());
    }

    @Test
    void resourceAddUpdateGetAndDeleteRunAsTheDocsShowThem() {
        RestCall.Reply added = call("booking.v1.resource.add", RESOURCE_ADD);
        for (int i = 7; i <= 15; i++) {
            call("booking.v1.resource.add", "{\"fields\":{\"name\":\"Filler " + i + "\",\"typeId\":2}}");
        }
        RestCall.Reply updated = call("booking.v1.resource.update", RESOURCE_UPDATE);
        JsonNode six = call("booking.v1.resource.get", "{\"id\":" + added.result().get("id") + "}").result().get("resource");
        JsonNode ten = call("booking.v1.resource.get", "{\"id\":10}").result().get("resource");
        JsonNode filler = call("booking.v1.resource.get", "{\"id\":15}").result().get("resource");
        RestCall.Reply deleted = call("booking.v1.resource.delete", "{\"id\":15}");

        assertEquals("{\"id\":6}", added.result().toString());
        assertTrue(updated.result().asBoolean());
        assertEquals("N", six.get("isMain").asText());
        assertEquals("N", six.get("isReminderNotificationOn").asText());
        assertEquals("animate", six.get("templateTypeConfirmation").asText());
        assertEquals(60, six.get("infoNotificationDelay").asLong());
        assertEquals(1, six.get("confirmationNotificationRepetitions").asLong());
        assertEquals(3600, six.get("confirmationNotificationRepetitionsInterval").asLong());
        assertEquals(-1, six.get("reminderNotificationDelay").asLong());
        assertEquals("New Name", ten.get("name").asText());
        assertEquals("New Description", ten.get("description").asText());
        assertEquals(1, ten.get("typeId").asLong());
        assertEquals("N", ten.get("isFeedbackNotificationOn").asText());
        assertEquals("Y", filler.get("isInfoNotificationOn").asText(), "documented default Y");
        assertEquals(300, filler.get("infoNotificationDelay").asLong(), "documented default 300");
        assertEquals(86_400, filler.get("confirmationNotificationDelay").asLong());
        assertEquals(7200, filler.get("delayedCounterDelay").asLong());
        assertEquals("", filler.get("description").asText(), "documented default: empty string");
        assertTrue(deleted.result().asBoolean());
        refused(1009, "Resource not found", call("booking.v1.resource.get", "{\"id\":15}"));
    }

    @Test
    void resourceMethodsRefuseWithTheirPagesCodes() {
        refused(100, "Could not find value for parameter {fields}", call("booking.v1.resource.add", "{}"));
        refused(0, "Required fields: name", call("booking.v1.resource.add", "{\"fields\":{\"typeId\":1}}"));
        refused(1006, "ResourceType not found", call("booking.v1.resource.add", "{\"fields\":{\"name\":\"A\"}}"));
        refused(1013, "Resource type with id 17 does not exist",
                call("booking.v1.resource.add", "{\"fields\":{\"name\":\"A\",\"typeId\":17}}"));
        refused(422, "Invalid value of the field",
                call("booking.v1.resource.add", "{\"fields\":{\"name\":\"A\",\"typeId\":1,\"isMain\":\"maybe\"}}"));
        refused(422, "Invalid value of the field",
                call("booking.v1.resource.add", "{\"fields\":{\"name\":\"A\",\"typeId\":1,\"infoDelay\":\"soon\"}}"));
        refused(1007, "Resource not found", call("booking.v1.resource.update", "{\"id\":99,\"fields\":{\"name\":\"B\"}}"));
        refused(100, "Could not find value for parameter {id}", call("booking.v1.resource.update", "{\"fields\":{}}"));
        refused(100, "Could not find value for parameter {fields}", call("booking.v1.resource.update", "{\"id\":1}"));
        refused(1013, "Resource type with id 17 does not exist",
                call("booking.v1.resource.update", "{\"id\":1,\"fields\":{\"typeId\":17}}"));
        refused(100, "Could not find value for parameter {id}", call("booking.v1.resource.delete", "{}"));
        refused(1008, "Resource has not been found", call("booking.v1.resource.delete", "{\"id\":99}"));
        assertEquals(6, running.server().data().resources().size() + 1, "nothing was added by a refusal");
    }

    @Test
    void resourceListAndGetCarryTheNotificationDelays() {
        JsonNode row = call("booking.v1.resource.list",
                "{\"filter\":{\"searchQuery\":\"car\",\"isMain\":\"Y\",\"typeId\":1},\"order\":{\"id\":\"ASC\",\"name\":\"DESC\"}}")
                .result().get("resource");
        JsonNode room = call("booking.v1.resource.list", "{}").result().get("resource").get(0);

        assertEquals(0, row.size(), "the example's search finds no car among the demo rooms");
        for (String field : List.of("confirmationCounterDelay", "confirmationNotificationDelay",
                "confirmationNotificationRepetitions", "confirmationNotificationRepetitionsInterval",
                "delayedCounterDelay", "delayedNotificationDelay", "infoNotificationDelay", "reminderNotificationDelay",
                "isInfoNotificationOn", "templateTypeReminder", "isMain", "typeId", "description")) {
            assertTrue(room.has(field), field);
        }
    }

    @Test
    void resourceTypeAddGetUpdateAndDeleteRunAsTheDocsShowThem() {
        RestCall.Reply added = call("booking.v1.resourceType.add", TYPE_ADD);
        for (int i = 5; i <= 15; i++) {
            call("booking.v1.resourceType.add", "{\"fields\":{\"name\":\"Type " + i + "\",\"code\":\"t" + i + "\"}}");
        }
        RestCall.Reply updated = call("booking.v1.resourceType.update", TYPE_UPDATE);
        JsonNode four = call("booking.v1.resourceType.get", "{\"id\":4}").result().get("resourceType");
        JsonNode ten = call("booking.v1.resourceType.get", "{\"id\":10}").result().get("resourceType");
        RestCall.Reply fifteen = call("booking.v1.resourceType.get", "{\"id\":15}");
        RestCall.Reply deleted = call("booking.v1.resourceType.delete", "{\"id\":15}");

        assertEquals("{\"id\":4}", added.result().toString());
        assertEquals("code", four.get("code").asText());
        assertEquals("N", four.get("isReminderNotificationOn").asText());
        assertEquals("animate", four.get("templateTypeConfirmation").asText());
        assertTrue(updated.result().asBoolean());
        assertEquals("Updated Code", ten.get("code").asText());
        assertEquals("New Name", ten.get("name").asText());
        assertEquals("N", ten.get("isDelayedNotificationOn").asText());
        assertEquals(300, ten.get("delayedNotificationDelay").asLong());
        assertEquals(200, fifteen.status());
        assertTrue(deleted.result().asBoolean());
        refused(1013, "Resource type not found", call("booking.v1.resourceType.get", "{\"id\":15}"));
        assertEquals(14, call("booking.v1.resourceType.list", "{}").result().get("resource").size());
    }

    @Test
    void resourceTypeMethodsRefuseWithTheirPagesCodes() {
        call("booking.v1.resourceType.add", TYPE_ADD);

        refused(100, "Could not find value for parameter {fields}", call("booking.v1.resourceType.add", "{}"));
        refused(0, "Required fields: code", call("booking.v1.resourceType.add", "{\"fields\":{\"name\":\"A\"}}"));
        refused(0, "Required fields: name", call("booking.v1.resourceType.add", "{\"fields\":{\"code\":\"a\"}}"));
        refused(1010, "Resource type with code already exists", call("booking.v1.resourceType.add", TYPE_ADD));
        refused(422, "Invalid value of the field", call("booking.v1.resourceType.add",
                "{\"fields\":{\"name\":\"A\",\"code\":\"a\",\"templateTypeReminder\":\"animate\"}}"));
        refused(100, "Could not find value for parameter {id}", call("booking.v1.resourceType.get", "{}"));
        refused(1007, "Resource type not found", call("booking.v1.resourceType.update", "{\"id\":99,\"fields\":{}}"));
        refused(1011, "Resource type with code already exists",
                call("booking.v1.resourceType.update", "{\"id\":1,\"fields\":{\"code\":\"staff\"}}"));
        refused(100, "Could not find value for parameter {fields}", call("booking.v1.resourceType.update", "{\"id\":1}"));
        refused(100, "Could not find value for parameter {id}", call("booking.v1.resourceType.delete", "{}"));
        refused(1012, "Resource type has not been found", call("booking.v1.resourceType.delete", "{\"id\":99}"));
        assertEquals("room", call("booking.v1.resourceType.get", "{\"id\":1}").result().get("resourceType").get("code").asText());
    }

    @Test
    void slotsSetAndUnsetRunAsTheDocsShowThem() {
        for (int i = 6; i <= 14; i++) {
            call("booking.v1.resource.add", "{\"fields\":{\"name\":\"R" + i + "\",\"typeId\":1}}");
        }

        RestCall.Reply set = call("booking.v1.resource.slots.set", SLOTS_SET);
        JsonNode slots = call("booking.v1.resource.slots.list", "{\"resourceId\":10}").result().get("slots");
        RestCall.Reply unset = call("booking.v1.resource.slots.unset", "{\"resourceId\":14}");
        call("booking.v1.resource.slots.unset", "{\"resourceId\":10}");

        assertTrue(set.result().asBoolean());
        assertEquals(1, slots.size());
        assertEquals(540, slots.get(0).get("from").asInt());
        assertEquals(30, slots.get(0).get("slotSize").asInt());
        assertEquals("[\"Mon\",\"Tue\",\"Wed\",\"Thu\",\"Fri\"]", slots.get(0).get("weekDays").toString());
        assertTrue(slots.get(0).get("id").asLong() > 6, "a new slot id");
        assertTrue(unset.result().asBoolean());
        assertEquals(0, call("booking.v1.resource.slots.list", "{\"resourceId\":10}").result().get("slots").size());
        refused(1009, "Resource not found", call("booking.v1.resource.slots.set", SLOTS_SET.replace(":10,", ":99,")));
        refused(1009, "Resource not found", call("booking.v1.resource.slots.unset", "{\"resourceId\":99}"));
        refused(100, "Could not find value for parameter {resourceId}", call("booking.v1.resource.slots.unset", "{}"));
        refused(100, "Could not find value for parameter {slots}",
                call("booking.v1.resource.slots.set", "{\"resourceId\":10}"));
        refused(0, "Required fields: timezone", call("booking.v1.resource.slots.set", SLOTS_SET.replace(
                "\"timezone\":\"Europe/Berlin\",", "")));
        refused(422, "Invalid value of the field", call("booking.v1.resource.slots.set", SLOTS_SET.replace(
                "\"to\":1080", "\"to\":1500")));
        assertEquals(0, call("booking.v1.resource.slots.list", "{\"resourceId\":10}").result().get("slots").size(),
                "a refused set changes nothing");
    }

    @Test
    void bookingUpdateAndDeleteRunAsTheDocsShowThem() {
        SandboxData data = running.server().data();
        assertTrue(data.booking(10).isPresent(), "the demo data has booking 10");
        data.setBookingClients(10, List.of(new Client(3, "crm", "CONTACT")));
        // the example's time on its resources is free in the demo data (August 2024)
        data.bookingsWithin(1_723_446_900, 1_723_447_800).stream().filter(b -> b.id() != 10)
                .forEach(b -> data.deleteBooking(b.id()));

        RestCall.Reply updated = call("booking.v1.booking.update", BOOKING_UPDATE);
        JsonNode booking = call("booking.v1.booking.get", "{\"id\":10}").result().get("booking");
        List<Client> clients = data.booking(10).orElseThrow().clients();
        RestCall.Reply deleted = call("booking.v1.booking.delete", "{\"id\":10}");

        assertTrue(updated.result().asBoolean(), updated.text());
        assertEquals("Name", booking.get("name").asText());
        assertEquals("Description", booking.get("description").asText());
        assertEquals("[1,2,3]", booking.get("resourceIds").toString());
        assertEquals(1_723_446_900, booking.get("datePeriod").get("from").get("timestamp").asLong());
        assertEquals("Europe/Berlin", booking.get("datePeriod").get("to").get("timezone").asText());
        assertEquals(List.of(new Client(3, "crm", "CONTACT")), clients, "an update keeps the clients");
        assertTrue(deleted.result().asBoolean());
        refused(1021, "Booking not found", call("booking.v1.booking.get", "{\"id\":10}"));
        assertFalse(data.booking(10).isPresent());
    }

    @Test
    void bookingUpdateAndDeleteRefuseWithTheirPagesCodes() {
        SandboxData data = running.server().data();
        long day = 2_000_000_000L;
        long mine = data.addBooking("Mine", "", List.of(3L), day, day + 3600, "UTC").orElseThrow();
        data.addBooking("Other", "", List.of(3L), day + 3600, day + 7200, "UTC").orElseThrow();
        String later = "{\"from\":{\"timestamp\":" + (day + 1800) + ",\"timezone\":\"UTC\"},"
                + "\"to\":{\"timestamp\":" + (day + 5400) + ",\"timezone\":\"UTC\"}}";

        refused(1018, "Empty resource collection", call("booking.v1.booking.update",
                "{\"id\":" + mine + ",\"fields\":{\"datePeriod\":" + later + "}}"));
        refused(1018, "Empty resource collection", call("booking.v1.booking.update",
                "{\"id\":" + mine + ",\"fields\":{\"resourceIds\":[]}}"));
        refused(422, "Invalid date period", call("booking.v1.booking.update", "{\"id\":" + mine
                + ",\"fields\":{\"datePeriod\":{\"from\":{\"timestamp\":" + day + "},\"to\":{\"timestamp\":" + day + "}}}}"));
        refused(0, "Required fields: to", call("booking.v1.booking.update", "{\"id\":" + mine
                + ",\"fields\":{\"datePeriod\":{\"from\":{\"timestamp\":" + day + "}}}}"));
        refused(1019, "Booking not found", call("booking.v1.booking.update", "{\"id\":999999,\"fields\":{\"name\":\"x\"}}"));
        refused(100, "Could not find value for parameter {id}", call("booking.v1.booking.update", "{\"fields\":{}}"));
        refused(100, "Could not find value for parameter {fields}", call("booking.v1.booking.update", "{\"id\":1}"));
        refused(100, "Could not find value for parameter {id}", call("booking.v1.booking.delete", "{}"));
        refused(1021, "Booking not found", call("booking.v1.booking.delete", "{\"id\":999999}"));
        assertEquals(day, data.booking(mine).orElseThrow().from(), "a refused update changes nothing");
        assertTrue(call("booking.v1.booking.update", "{\"id\":" + mine + ",\"fields\":{\"name\":\"Renamed\"}}")
                .result().asBoolean(), "a booking does not clash with itself");
        assertEquals("Renamed", data.booking(mine).orElseThrow().name());
    }
}
