package dev.waitlistdesk.portal.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.port.BookableResource;
import dev.waitlistdesk.port.BookingDesk;
import dev.waitlistdesk.port.BookingResult;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.ResourceDay;
import dev.waitlistdesk.port.Span;
import dev.waitlistdesk.port.StoreException;
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

/** The desk's booking port on the sandbox portal, over HTTP. */
class BookingPortalDeskTest {

    private static final RestOptions QUICK = RestOptions.defaults().withTime(Clock.systemUTC(), duration -> { });
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Monday after the 14 days of seeded bookings. */
    private static final LocalDate MONDAY = LocalDate.now(BERLIN).plusDays(21).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();
    private SandboxData data;
    private BookingDesk desk;
    private RestWaitlistApi waitlist;

    @BeforeEach
    void start() {
        data = running.server().data();
        RestClient client = new RestClient(Portal.webhook(running.server().webhookUrl()), QUICK);
        desk = new BookingPortalDesk(client, ZoneId.of("UTC"));
        waitlist = new RestWaitlistApi(client);
    }

    private static Instant at(String time) {
        return MONDAY.atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
    }

    private static Span span(String from, String to) {
        return new Span(at(from), at(to));
    }

    private long colleagueBooks(long resourceId, String from, String to) {
        return data.addBooking("Colleague", "", List.of(resourceId), at(from).getEpochSecond(), at(to).getEpochSecond(),
                "Europe/Berlin").orElseThrow();
    }

    @Test
    void resourcesComeGroupedByTypeWithTheirZoneAndSlot() {
        List<BookableResource> resources = desk.resources();

        assertEquals(List.of("Room 1", "Room 2", "Dr. Anna Weber", "Dr. Olga Orlova", "Night line"),
                resources.stream().map(BookableResource::name).toList());
        assertEquals(List.of("Rooms", "Rooms", "Specialists", "Specialists", "Equipment"),
                resources.stream().map(BookableResource::typeName).toList());
        BookableResource orlova = resources.get(3);
        assertEquals(ZoneId.of("Asia/Vladivostok"), orlova.zone());
        assertEquals(Duration.ofMinutes(60), orlova.slot());
        assertEquals(Duration.ofMinutes(45), resources.get(2).slot());
    }

    @Test
    void theDayLeavesOutTheBookedTimeAndAResourceThatIsGone() {
        colleagueBooks(1, "11:00", "12:00");

        Map<Long, ResourceDay> day = desk.day(MONDAY, List.of(1L, 99L));

        assertEquals(List.of(1L), List.copyOf(day.keySet()));
        ResourceDay room = day.get(1L);
        assertEquals(List.of(span("09:00", "13:00"), span("14:00", "18:00")), room.working());
        assertEquals(List.of(span("09:00", "11:00"), span("12:00", "13:00"), span("14:00", "18:00")), room.free());
        assertEquals(List.of(at("09:00"), at("10:00"), at("12:00"), at("14:00"), at("15:00"), at("16:00"), at("17:00")),
                room.starts(Duration.ofMinutes(60), Instant.MIN));
        assertEquals(List.of(at("09:00"), at("14:00"), at("15:00"), at("16:00")),
                room.starts(Duration.ofMinutes(120), Instant.MIN), "two hours fit only where nothing follows soon");
    }

    @Test
    void aBookedRecordLeavesTheWaitlistWithItsIdAndTime() {
        long record = waitlist.add("Wants a Monday");

        BookingResult result = desk.book(record, List.of(1L), span("10:00", "11:00"), BERLIN, "Wants a Monday");

        BookingResult.Booked booked = assertInstanceOf(BookingResult.Booked.class, result);
        assertEquals(span("10:00", "11:00"), booked.period());
        assertEquals(BERLIN, booked.zone());
        assertTrue(booked.recordLeft());
        assertTrue(data.waitlist(record).isEmpty());
        assertEquals("Wants a Monday", data.booking(booked.bookingId()).orElseThrow().name());
    }

    @Test
    void aRecordThePortalKeptAfterBookingIsTakenOffTheWaitlistHere() {
        data.bookingKeepsWaitlistRecord(true);
        long record = waitlist.add("Kept by the portal");

        BookingResult.Booked booked = assertInstanceOf(BookingResult.Booked.class,
                desk.book(record, List.of(2L), span("08:00", "08:30"), BERLIN, ""));

        assertTrue(booked.recordLeft());
        assertTrue(data.waitlist(record).isEmpty());
    }

    @Test
    void aTakenTimeIsRefusedWith1038AndTheColleaguesBookingNamed() {
        colleagueBooks(3, "10:00", "10:45");
        long record = waitlist.add("Late");

        BookingResult.Refused refused = assertInstanceOf(BookingResult.Refused.class,
                desk.book(record, List.of(3L), span("10:30", "11:15"), BERLIN, ""));

        assertEquals(BookingResult.Reason.TIME_TAKEN, refused.reason());
        assertEquals(List.of(span("10:00", "10:45")), refused.conflicts());
        assertEquals("1038", refused.evidence().code());
        assertTrue(data.waitlist(record).isPresent());
    }

    @Test
    void aRecordDeletedBeforeBookingIsRecordGone() {
        long record = waitlist.add("Deleted by a colleague");
        data.deleteWaitlist(record);

        StoreException gone = assertThrows(StoreException.class,
                () -> desk.book(record, List.of(1L), span("09:00", "10:00"), BERLIN, ""));

        assertInstanceOf(Failure.RecordGone.class, gone.failure());
        assertEquals("1040", gone.failure().evidence().code());
    }

    @Test
    void dealLinksAreWrittenOnlyOverWhatTheDeskLoaded() {
        long record = waitlist.add("Sales lead");

        assertEquals(new BookingDesk.DealLinks(List.of(5L), false), desk.saveDeals(record, List.of(), List.of(5L)));
        assertEquals(List.of(5L), desk.dealIds(record));

        waitlist.replaceDeals(record, List.of(5L, 6L)); // a colleague links another deal
        assertEquals(new BookingDesk.DealLinks(List.of(5L, 6L), true), desk.saveDeals(record, List.of(5L), List.of()));
        assertEquals(List.of(5L, 6L), desk.dealIds(record), "nothing overwritten");

        assertEquals(new BookingDesk.DealLinks(List.of(6L), false), desk.saveDeals(record, List.of(5L, 6L), List.of(6L)));
        assertFalse(desk.dealIds(record).contains(5L));
    }
}
