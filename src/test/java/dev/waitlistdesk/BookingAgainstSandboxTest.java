package dev.waitlistdesk;

import dev.waitlistdesk.port.Span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.portal.booking.Booked;
import dev.waitlistdesk.portal.booking.Booking;
import dev.waitlistdesk.portal.booking.BookingRefusal;
import dev.waitlistdesk.portal.booking.BookingRefusedException;
import dev.waitlistdesk.portal.booking.ClientRef;
import dev.waitlistdesk.portal.booking.DatePeriod;
import dev.waitlistdesk.portal.booking.FreeTimes;
import dev.waitlistdesk.portal.booking.Resource;
import dev.waitlistdesk.portal.booking.FreeTimesReader;
import dev.waitlistdesk.portal.booking.RefusalDiagnosis;
import dev.waitlistdesk.portal.booking.RestBookingApi;
import dev.waitlistdesk.portal.booking.WaitlistBooking;
import dev.waitlistdesk.portal.booking.RestWaitlistApi;
import dev.waitlistdesk.sandbox.Client;
import dev.waitlistdesk.sandbox.RunningSandbox;
import dev.waitlistdesk.sandbox.SandboxData;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Resources, free times and booking a waitlist record: the app's client against the sandbox over HTTP. */
class BookingAgainstSandboxTest {

    private static final RestOptions QUICK = RestOptions.defaults().withTime(Clock.systemUTC(), duration -> { });
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    /** A Monday after the 14 days of seeded bookings: only this test's bookings are on it. */
    private static final LocalDate MONDAY = LocalDate.now(BERLIN).plusDays(21).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();
    private SandboxData data;
    private RestBookingApi booking;
    private FreeTimesReader freeTimes;
    private RefusalDiagnosis diagnosis;
    private WaitlistBooking fromWaitlist;
    private RestWaitlistApi waitlist;

    @BeforeEach
    void start() {
        data = running.server().data();
        RestClient client = new RestClient(Portal.webhook(running.server().webhookUrl()), QUICK);
        booking = new RestBookingApi(client);
        freeTimes = new FreeTimesReader(client);
        diagnosis = new RefusalDiagnosis(client);
        fromWaitlist = new WaitlistBooking(client);
        waitlist = new RestWaitlistApi(client);
    }

    @Test
    void resourcesComeWithTheirTypes() {
        List<Resource> resources = booking.resources();

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), resources.stream().map(Resource::id).toList());
        assertEquals(List.of("Rooms", "Specialists", "Equipment"),
                booking.resourceTypes().stream().map(type -> type.name()).toList());
    }

    @Test
    void freeTimesGoAroundTheBookingsOfThatResourceIncludingOneFromTheDayBefore() {
        book(1, at(BERLIN, MONDAY.minusDays(1), "23:00"), at(BERLIN, MONDAY, "09:30"));
        book(1, at(BERLIN, MONDAY, "11:00"), at(BERLIN, MONDAY, "12:00"));
        book(2, at(BERLIN, MONDAY, "14:00"), at(BERLIN, MONDAY, "16:00")); // another room

        Map<Long, FreeTimes> free = freeTimes.freeTimes(MONDAY, List.of(1L, 2L, 99L));

        assertEquals(List.of(1L, 2L), List.copyOf(free.keySet()), "an unknown resource is left out");
        assertEquals(times(BERLIN, "10:00", "12:00", "14:00", "15:00", "16:00", "17:00"), free.get(1L).starts());
        assertEquals(8, free.get(2L).starts().size(), "room 2 works 8:00–12:00 in half hours, its booking is after");
    }

    @Test
    void freeTimesOfAResourceInVladivostokAreOnVladivostoksDay() {
        book(4, at(VLADIVOSTOK, MONDAY, "09:00"), at(VLADIVOSTOK, MONDAY, "10:00"));
        book(4, at(VLADIVOSTOK, MONDAY, "17:00"), at(VLADIVOSTOK, MONDAY.plusDays(1), "01:00"));

        FreeTimes free = freeTimes.freeTimes(MONDAY, List.of(4L)).get(4L);

        assertEquals(times(VLADIVOSTOK, "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"), free.starts());
        // 10:00 Vladivostok is 00:00 UTC: in Los Angeles it is still Sunday afternoon
        assertEquals(MONDAY.minusDays(1), free.starts().get(0).atZone(ZoneId.of("America/Los_Angeles")).toLocalDate());
    }

    @Test
    void seededBookingsTakeSomeTimesAndNoFreeTimeOverlapsOne() {
        LocalDate day = LocalDate.now(BERLIN).plusDays(1);
        int taken = 0;
        for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
            Map<Long, FreeTimes> free = freeTimes.freeTimes(day, List.of(1L, 2L, 3L, 4L, 5L));
            for (Map.Entry<Long, FreeTimes> resource : free.entrySet()) {
                FreeTimes times = resource.getValue();
                Duration slot = times.slotLength().orElse(Duration.ofMinutes(1));
                for (Instant start : times.starts()) {
                    Span offered = new Span(start, start.plus(slot));
                    assertFalse(data.bookings().stream().anyMatch(b -> b.resourceIds().contains(resource.getKey())
                                    && offered.overlaps(new Span(Instant.ofEpochSecond(b.from()), Instant.ofEpochSecond(b.to())))),
                            "offered " + start + " on resource " + resource.getKey());
                }
                long slots = times.working().stream().mapToLong(span -> span.length().dividedBy(slot)).sum();
                taken += (int) (slots - times.starts().size());
            }
        }
        assertTrue(taken > 10, "seeded bookings take some of the week's slots: " + taken);
    }

    @Test
    void aWaitlistRecordBecomesABookingWithItsClientsAndDealAndLeavesTheList() {
        long record = waitlist.add("Wants a Monday");
        waitlist.setClients(record, List.of(ClientRef.contact(3), ClientRef.company(4)));
        waitlist.replaceDeals(record, List.of(17L));
        DatePeriod period = new DatePeriod(at(BERLIN, MONDAY, "15:00"), at(BERLIN, MONDAY, "16:00"), BERLIN);

        Booked booked = fromWaitlist.book(record, List.of(1L, 3L), period, "Check-up");

        assertTrue(booked.recordRemoved());
        assertFalse(booked.clientsCopied(), "the sandbox moves the clients itself");
        assertEquals(period, booked.booking().period());
        assertEquals(List.of(1L, 3L), booked.booking().resourceIds());
        assertEquals("Check-up", booked.booking().name());
        var held = data.booking(booked.booking().id()).orElseThrow();
        assertEquals(List.of(Client.contact(3), Client.company(4)), held.clients());
        assertEquals(List.of("DEAL 17"), links(held));
        assertTrue(data.waitlist(record).isEmpty());
        assertFalse(freeTimes.freeTimes(MONDAY, List.of(1L)).get(1L).starts().contains(period.from()));
    }

    @Test
    void whenThePortalKeepsTheRecordTheClientCopiesClientsAndDealAndSaysSo() {
        data.bookingKeepsWaitlistRecord(true); // the other reading of the docs
        long record = waitlist.add("Kept by the portal");
        waitlist.setClients(record, List.of(ClientRef.contact(8)));
        waitlist.replaceDeals(record, List.of(5L, 6L));

        Booked booked = fromWaitlist.book(record, List.of(2L),
                new DatePeriod(at(BERLIN, MONDAY, "08:00"), at(BERLIN, MONDAY, "08:30"), BERLIN), "");

        assertFalse(booked.recordRemoved());
        assertTrue(booked.clientsCopied());
        assertTrue(booked.linksCopied());
        var held = data.booking(booked.booking().id()).orElseThrow();
        assertEquals(List.of(Client.contact(8)), held.clients());
        assertEquals(List.of("DEAL 5", "DEAL 6"), links(held));
        assertEquals("Kept by the portal", data.waitlist(record).orElseThrow().note());
    }

    @Test
    void aTimeAColleagueTookIsRefusedWith1038AndNamedAsTaken() {
        long colleagues = book(3, at(BERLIN, MONDAY, "10:00"), at(BERLIN, MONDAY, "10:45"));
        long record = waitlist.add("Late for the 10:00");
        DatePeriod overlapping = new DatePeriod(at(BERLIN, MONDAY, "10:30"), at(BERLIN, MONDAY, "11:15"), BERLIN);

        BookingRefusedException refused = assertThrows(BookingRefusedException.class,
                () -> fromWaitlist.book(record, List.of(3L), overlapping, ""));

        assertEquals("1038", refused.restException().code());
        assertEquals(BookingRefusal.Reason.TIME_TAKEN, refused.refusal().reason());
        assertEquals(List.of(colleagues), refused.refusal().conflicts().stream().map(Booking::id).toList());
        assertEquals("Late for the 10:00", data.waitlist(record).orElseThrow().note(), "the record stays on the list");
    }

    @Test
    void theOtherMeaningsOf1038AreToldApart() {
        long record = waitlist.add("");
        DatePeriod period = new DatePeriod(at(BERLIN, MONDAY, "09:00"), at(BERLIN, MONDAY, "10:00"), BERLIN);

        BookingRefusal unknownResource = assertThrows(BookingRefusedException.class,
                () -> fromWaitlist.book(record, List.of(1L, 99L), period, "")).refusal();
        BookingRefusal noResource = assertThrows(BookingRefusedException.class,
                () -> fromWaitlist.book(record, List.of(), period, "")).refusal();
        data.deleteWaitlist(record);
        BookingRefusal recordGone = diagnosis.whyRefused(record, List.of(1L), period);

        assertEquals(BookingRefusal.Reason.RESOURCE_GONE, unknownResource.reason());
        assertEquals(List.of(99L), unknownResource.missingResourceIds());
        assertEquals(BookingRefusal.Reason.NO_RESOURCES, noResource.reason());
        assertEquals(BookingRefusal.Reason.RECORD_GONE, recordGone.reason());
        assertEquals("1040", assertThrows(RestException.class,
                () -> fromWaitlist.book(record, List.of(1L), period, "")).code());
    }

    @Test
    void bookingsOfADayAreFilteredByResourceHere() {
        long mine = book(5, at(BERLIN, MONDAY, "20:00"), at(BERLIN, MONDAY, "21:00"));
        book(1, at(BERLIN, MONDAY, "09:00"), at(BERLIN, MONDAY, "10:00"));
        Span evening = new Span(at(BERLIN, MONDAY, "18:00"), at(BERLIN, MONDAY, "23:00"));

        List<Booking> found = booking.bookingsOverlapping(evening, List.of(5L));

        assertEquals(List.of(mine), found.stream().map(Booking::id).toList());
        assertEquals(found.get(0), booking.booking(mine));
        assertEquals("1021", assertThrows(RestException.class, () -> booking.booking(99_999)).code());
    }

    private long book(long resourceId, Instant from, Instant to) {
        return data.addBooking("Colleague's booking", "", List.of(resourceId), from.getEpochSecond(),
                to.getEpochSecond(), "Europe/Berlin").orElseThrow();
    }

    private static Instant at(ZoneId zone, LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }

    private static List<Instant> times(ZoneId zone, String... times) {
        return java.util.Arrays.stream(times).map(time -> at(zone, MONDAY, time)).toList();
    }

    /** The deal links the practice portal holds for a booking (the desk itself never reads them back). */
    private static List<String> links(dev.waitlistdesk.sandbox.Booking booking) {
        return booking.externalData().stream().map(link -> link.entityTypeId() + " " + link.value()).toList();
    }
}
