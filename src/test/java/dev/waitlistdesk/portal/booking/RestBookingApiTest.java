package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.port.Span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.bitrix.TestPortal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The booking calls against a scripted portal: requests as sent, and the other readings of the docs. */
class RestBookingApiTest {

    private static final Instant NINE = Instant.parse("2026-12-07T08:00:00Z");
    private static final Instant TEN = Instant.parse("2026-12-07T09:00:00Z");

    private final TestPortal portal = new TestPortal();
    private final RestBookingApi api = new RestBookingApi(portal.client);

    @AfterEach
    void stop() {
        portal.close();
    }


    @Test
    void bookingsOfASpanAreAskedFromADayEarlierAndFilteredByOverlapAndResourceHere() {
        // A portal that reads "within" as "starts in the window" still returns the overnight booking.
        portal.ok("{\"result\":{\"booking\":["
                + row(1, "[4]", NINE.minusSeconds(12 * 3600), NINE.plusSeconds(600))   // overnight, overlaps
                + "," + row(2, "[4, 5]", NINE.minusSeconds(3600), NINE)                // ends as the span starts
                + "," + row(3, "[5]", NINE, TEN)                                       // another resource
                + "," + row(4, "[4]", NINE.plusSeconds(1800), TEN) + "]}}");

        List<Booking> found = api.bookingsOverlapping(new Span(NINE, TEN), List.of(4L));

        portal.expect("booking.v1.booking.list", "{\"filter\":{\"within\":{\"dateFrom\":" + NINE.minusSeconds(86_400).getEpochSecond()
                + ",\"dateTo\":" + TEN.getEpochSecond() + "}},\"order\":{\"id\":\"ASC\"},\"start\":0}");
        assertEquals(List.of(1L, 4L), found.stream().map(Booking::id).toList());
        assertEquals(ZoneId.of("Europe/Berlin"), found.get(0).period().zone());
    }

    @Test
    void timestampsAsTextAndAnUnknownZoneAreRead() {
        portal.ok("{\"result\":{\"booking\":{\"id\":582,\"name\":\"n\",\"description\":null,\"resourceIds\":[1],"
                + "\"datePeriod\":{\"from\":{\"timestamp\":\"" + NINE.getEpochSecond() + "\",\"timezone\":\"Mars/Olympus\"},"
                + "\"to\":{\"timestamp\":\"" + TEN.getEpochSecond() + "\",\"timezone\":\"Mars/Olympus\"}}}}}");

        Booking booking = api.booking(582);

        assertEquals(new Span(NINE, TEN), booking.span());
        assertEquals("", booking.description());
    }

    @Test
    void workingHoursWithAnUnknownZoneMakeTheAnswerUnusable() {
        portal.ok("{\"result\":{\"result\":{\"slots_1\":{\"slots\":[{\"id\":1,\"from\":540,\"to\":1080,\"slotSize\":60,"
                + "\"timezone\":\"Mars/Olympus\",\"weekDays\":[\"Mon\"]}]},\"bookings_0\":{\"booking\":[]}},"
                + "\"result_error\":[],\"result_total\":[],\"result_next\":[]}}");

        RestException e = assertThrows(RestException.class,
                () -> new FreeTimesReader(portal.client).freeTimes(java.time.LocalDate.of(2026, 12, 7), List.of(1L)));

        assertEquals(RestException.Kind.UNREADABLE_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("Mars/Olympus"), e.getMessage());
    }

    @Test
    void resourceTypesComeUnderTheKeyResource() {
        portal.ok("{\"result\":{\"resource\":[{\"id\":3,\"code\":\"equipment\",\"name\":\"resource\","
                + "\"isConfirmationNotificationOn\":\"Y\"}]}}");

        assertEquals(List.of(new ResourceType(3, "equipment", "resource")), api.resourceTypes());
        portal.expect("booking.v1.resourceType.list", "{\"start\":0}"); // every page names its start
    }

    private static String row(long id, String resources, Instant from, Instant to) {
        return "{\"id\":" + id + ",\"name\":\"b\",\"description\":null,\"resourceIds\":" + resources
                + ",\"datePeriod\":{\"from\":{\"timestamp\":" + from.getEpochSecond() + ",\"timezone\":\"Europe/Berlin\"},"
                + "\"to\":{\"timestamp\":" + to.getEpochSecond() + ",\"timezone\":\"Europe/Berlin\"}}}";
    }
}
