package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.port.Span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Working hours minus bookings, without a portal: the edges of the computation. */
class FreeTimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /** 9:00–13:00 and 14:00–18:00 Berlin on weekdays, hourly. */
    private static final List<WorkingHours> ROOM = List.of(new WorkingHours(540, 780, WEEKDAYS, BERLIN, 60),
            new WorkingHours(840, 1080, WEEKDAYS, BERLIN, 60));

    @Test
    void withoutBookingsEverySlotOfTheDayIsFree() {
        FreeTimes free = FreeTimes.of(MONDAY, ROOM, List.of());

        assertEquals(times(BERLIN, "09:00", "10:00", "11:00", "12:00", "14:00", "15:00", "16:00", "17:00"), free.starts());
        assertEquals(List.of(span(BERLIN, "09:00", "13:00"), span(BERLIN, "14:00", "18:00")), free.free());
        assertEquals(Duration.ofMinutes(60), free.slotLength().orElseThrow());
    }

    @Test
    void aBookingTakesEverySlotItTouchesButNotTheOnesItOnlyBorders() {
        Booking booking = booking(1, span(BERLIN, "10:30", "12:00"));

        FreeTimes free = FreeTimes.of(MONDAY, 1, ROOM, List.of(booking));

        assertEquals(times(BERLIN, "09:00", "12:00", "14:00", "15:00", "16:00", "17:00"), free.starts());
        assertEquals(List.of(span(BERLIN, "09:00", "10:30"), span(BERLIN, "12:00", "13:00"),
                span(BERLIN, "14:00", "18:00")), free.free());
    }

    @Test
    void bookingsOfOtherResourcesDoNotCount() {
        FreeTimes free = FreeTimes.of(MONDAY, 1, ROOM, List.of(booking(2, span(BERLIN, "09:00", "18:00"))));

        assertEquals(8, free.starts().size());
    }

    @Test
    void aLongerBookingNeedsRoomForItsWholeLengthAndMayRunIntoTouchingHours() {
        List<WorkingHours> touching = List.of(new WorkingHours(540, 780, WEEKDAYS, BERLIN, 60),
                new WorkingHours(780, 900, WEEKDAYS, BERLIN, 60));
        FreeTimes free = FreeTimes.of(MONDAY, 1, touching, List.of(booking(1, span(BERLIN, "10:00", "11:00"))));

        assertEquals(times(BERLIN, "11:00", "12:00", "13:00"), free.starts(Duration.ofMinutes(90), Instant.MIN));
        assertEquals(List.of(span(BERLIN, "09:00", "10:00"), span(BERLIN, "11:00", "15:00")), free.free());
    }

    @Test
    void aBookingFromTheDayBeforeTakesTheMorning() {
        Booking overnight = booking(1, new Span(at(BERLIN, MONDAY.minusDays(1), "22:00"), at(BERLIN, MONDAY, "09:30")));

        FreeTimes free = FreeTimes.of(MONDAY, 1, ROOM, List.of(overnight));

        assertEquals(at(BERLIN, MONDAY, "10:00"), free.starts().get(0));
        assertEquals(span(BERLIN, "09:30", "13:00"), free.free().get(0));
    }

    @Test
    void hoursUntilMidnightEndAtTheNextDayAndABookingPastMidnightTakesTheLastSlot() {
        List<WorkingHours> nightLine = List.of(new WorkingHours(1320, 1440, EnumSet.allOf(DayOfWeek.class), LONDON, 30));
        Booking pastMidnight = booking(5, new Span(at(LONDON, MONDAY, "23:30"), at(LONDON, MONDAY.plusDays(1), "00:30")));

        FreeTimes free = FreeTimes.of(MONDAY, 5, nightLine, List.of(pastMidnight));

        assertEquals(times(LONDON, "22:00", "22:30", "23:00"), free.starts());
        assertEquals(List.of(new Span(at(LONDON, MONDAY, "22:00"), at(LONDON, MONDAY, "23:30"))), free.free());
        assertEquals(at(LONDON, MONDAY.plusDays(1), "00:00"), free.working().get(0).end());
    }

    @Test
    void theDayIsTheResourcesOwnDayWhateverTheMachinesZone() {
        List<WorkingHours> vladivostok = List.of(new WorkingHours(540, 1080, WEEKDAYS, VLADIVOSTOK, 60));
        TimeZone machine = TimeZone.getDefault();
        List<Instant> starts;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles")); // still Sunday there
            starts = FreeTimes.of(MONDAY, vladivostok, List.of()).starts();
        } finally {
            TimeZone.setDefault(machine);
        }

        assertEquals(9, starts.size());
        assertEquals(Instant.parse("2026-12-06T23:00:00Z"), starts.get(0)); // Monday 9:00 at UTC+10
        assertEquals(Instant.parse("2026-12-07T07:00:00Z"), starts.get(8));
    }

    @Test
    void daysOffHaveNoFreeTimes() {
        FreeTimes sunday = FreeTimes.of(MONDAY.minusDays(1), ROOM, List.of());

        assertEquals(List.of(), sunday.starts());
        assertEquals(List.of(), sunday.free());
        assertEquals(java.util.Optional.empty(), sunday.slotLength());
    }

    @Test
    void timesAlreadyPastAreNotOffered() {
        FreeTimes free = FreeTimes.of(MONDAY, ROOM, List.of());

        assertEquals(times(BERLIN, "16:00", "17:00"), free.starts(null, at(BERLIN, MONDAY, "15:01")));
    }

    @Test
    void minutesAreWallClockTimeOnTheDayTheClocksGoForward() {
        LocalDate springForward = LocalDate.of(2026, 3, 29); // Berlin: 2:00 becomes 3:00
        List<WorkingHours> early = List.of(new WorkingHours(60, 300, EnumSet.allOf(DayOfWeek.class), BERLIN, 60));

        FreeTimes free = FreeTimes.of(springForward, early, List.of());

        assertEquals(new Span(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T03:00:00Z")),
                free.working().get(0)); // 1:00 CET to 5:00 CEST: three hours, not four
        assertEquals(3, free.starts().size());
    }

    @Test
    void overlappingBookingsAndWorkingHoursMerge() {
        List<WorkingHours> doubled = List.of(new WorkingHours(540, 720, WEEKDAYS, BERLIN, 60),
                new WorkingHours(600, 780, WEEKDAYS, BERLIN, 60));
        FreeTimes free = FreeTimes.of(MONDAY, 1, doubled, List.of(booking(1, span(BERLIN, "09:00", "10:30")),
                booking(1, span(BERLIN, "10:00", "11:00"))));

        assertEquals(List.of(span(BERLIN, "11:00", "13:00")), free.free());
        assertEquals(times(BERLIN, "11:00", "12:00"), free.starts());
    }

    @Test
    void severalResourcesAreFreeTogetherOnlyWhereEachIsFree() {
        FreeTimes room = FreeTimes.of(MONDAY, 1, ROOM, List.of(booking(1, span(BERLIN, "09:00", "10:00"))));
        List<WorkingHours> halfHours = List.of(new WorkingHours(600, 960, WEEKDAYS, BERLIN, 30));
        FreeTimes doctor = FreeTimes.of(MONDAY, 3, halfHours, List.of(booking(3, span(BERLIN, "11:30", "12:00"))));

        assertEquals(times(BERLIN, "10:00", "12:00", "14:00", "15:00"),
                FreeTimes.commonStarts(List.of(room, doctor), Duration.ofHours(1), Instant.MIN));
        assertEquals(List.of(), FreeTimes.commonStarts(List.of(), Duration.ofHours(1), Instant.MIN));
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WorkingHours(600, 540, WEEKDAYS, BERLIN, 60));
        assertThrows(IllegalArgumentException.class, () -> new WorkingHours(0, 1441, WEEKDAYS, BERLIN, 60));
        assertThrows(IllegalArgumentException.class, () -> new WorkingHours(0, 60, WEEKDAYS, BERLIN, 0));
        FreeTimes free = FreeTimes.of(MONDAY, ROOM, List.of());
        assertThrows(IllegalArgumentException.class, () -> free.starts(Duration.ZERO, Instant.MIN));
    }

    private static Booking booking(long resourceId, Span span) {
        return new Booking(1, "", "", List.of(resourceId), new DatePeriod(span.start(), span.end(), BERLIN));
    }

    private static Span span(ZoneId zone, String from, String to) {
        return new Span(at(zone, MONDAY, from), at(zone, MONDAY, to));
    }

    private static Instant at(ZoneId zone, LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), zone).toInstant();
    }

    private static List<Instant> times(ZoneId zone, String... times) {
        return java.util.Arrays.stream(times).map(time -> at(zone, MONDAY, time)).toList();
    }
}
