package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.desk.booking.BookingPanelViewModel;
import dev.waitlistdesk.port.BookableResource;
import dev.waitlistdesk.sandbox.Slot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Next free" in the booking panel, over real HTTP to the sandbox, at a clock eight weeks ahead (past
 * the seeded bookings): across a weekend, around bookings, for a resource in another zone, and
 * counted: the requests of a panel open do not grow with the number of resources.
 */
class NextFreeTimeTest {

    private static final ZoneId BERLIN = PracticeDesk.BERLIN;
    private static final LocalDate FRIDAY = PracticeDesk.eightWeeksAhead(DayOfWeek.FRIDAY);
    private static final LocalDate SATURDAY = FRIDAY.plusDays(1);
    private static final LocalDate MONDAY = FRIDAY.plusDays(3);

    @RegisterExtension
    final PracticeDesk practice = new PracticeDesk("next");
    private BookingPanelViewModel panel;

    @BeforeEach
    void openRecord() {
        panel = practice.panel(practice.desk().main.rows().get(0).id(), FRIDAY.atTime(17, 30));
    }

    private BookableResource resource(String name) {
        return panel.resources().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static String day(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH).format(day);
    }

    @Test
    void onASaturdayItPointsToMondayAndOneKeyGoesThere() {
        assertTrue(panel.open());
        panel.choose(List.of(resource("Room 1")));
        panel.dayProperty().set(SATURDAY);

        assertTrue(panel.starts().isEmpty());
        assertEquals("Next free: " + day(MONDAY) + ", 09:00 (Ctrl+J)", panel.nextFreeProperty().get());
        assertTrue(panel.statusProperty().get().text().endsWith("Next free: " + day(MONDAY) + ", 09:00 (Ctrl+J)"),
                "never \"no free time\" alone: " + panel.statusProperty().get().text());

        panel.jumpToNextFree();

        assertEquals(MONDAY, panel.dayProperty().get());
        assertEquals("09:00", panel.startProperty().get().label());
    }

    @Test
    void bookingsPushTheNextFreeTimeOnAndTheLengthCounts() {
        long monday9 = MONDAY.atTime(9, 0).atZone(BERLIN).toEpochSecond();
        practice.data().addBooking("Taken", "", List.of(1L), monday9, monday9 + 2 * 3600, "Europe/Berlin").orElseThrow();
        practice.data().addBooking("Taken", "", List.of(1L), monday9 + 3 * 3600, monday9 + 4 * 3600, "Europe/Berlin").orElseThrow();
        assertTrue(panel.open());
        panel.choose(List.of(resource("Room 1")));
        panel.dayProperty().set(SATURDAY);

        assertEquals("Next free: " + day(MONDAY) + ", 11:00 (Ctrl+J)", panel.nextFreeProperty().get());
        panel.lengthMinutesProperty().set(120); // 11:00–13:00 is broken at 12:00, 13:00–14:00 is the lunch gap
        assertEquals("Next free: " + day(MONDAY) + ", 14:00 (Ctrl+J)", panel.nextFreeProperty().get());
    }

    @Test
    void aResourceInAnotherZoneCountsItsOwnDays() {
        assertTrue(panel.open());
        panel.choose(List.of(resource("Dr. Olga Orlova"))); // Mon–Fri 9–18 in Vladivostok

        // Friday 17:30 in Berlin is Saturday 01:30 in Vladivostok: her next free time is her Monday 9:00
        assertEquals(SATURDAY, panel.dayProperty().get());
        assertEquals("Next free: " + day(MONDAY) + ", 09:00 (Ctrl+J)", panel.nextFreeProperty().get());
        panel.jumpToNextFree();
        assertEquals(MONDAY, panel.dayProperty().get());
        assertEquals("09:00", panel.startProperty().get().label());
    }

    @Test
    void twoResourcesAtOnceNeedATimeBothHaveFree() {
        long monday10 = MONDAY.atTime(10, 0).atZone(BERLIN).toEpochSecond();
        practice.data().addBooking("Taken", "", List.of(3L), monday10, monday10 + 3600, "Europe/Berlin").orElseThrow();
        assertTrue(panel.open());
        panel.choose(List.of(resource("Room 1"), resource("Dr. Anna Weber"))); // Anna from 10:00, busy 10–11

        assertEquals("Next free: " + day(MONDAY) + ", 11:00 (Ctrl+J)", panel.nextFreeProperty().get());
    }

    @Test
    void withoutWorkingHoursItSaysThereIsNoneInFourteenDays() {
        practice.data().setSlots(1, List.of());
        assertTrue(panel.open());
        panel.choose(List.of(resource("Room 1")));

        assertEquals("No free time in the next 14 days for these resources and this length.",
                panel.nextFreeProperty().get());
        assertFalse(panel.canJumpProperty().get());
    }

    @Test
    void aPanelOpenCostsFiveRequestsWhateverTheNumberOfResources() {
        assertEquals(5, requestsToOpenWith(panel, 2));
        addResources(40);
        BookingPanelViewModel wide = practice.panel(FRIDAY.atTime(17, 30));
        assertEquals(5, requestsToOpenWith(wide, 45));
    }

    /** Opens the panel from scratch and chooses the first {@code count} resources at once. */
    private long requestsToOpenWith(BookingPanelViewModel opened, int count) {
        long before = practice.sandbox().requestsServed();
        assertTrue(opened.open());
        opened.choose(List.copyOf(opened.resources().subList(0, count)));
        assertTrue(opened.nextFreeProperty().get().startsWith("Next free") || opened.nextFreeProperty().get().startsWith("No free"),
                opened.nextFreeProperty().get());
        return practice.sandbox().requestsServed() - before;
    }

    /** Through the API, as a portal's admin would add them. */
    private void addResources(int count) {
        for (int i = 0; i < count; i++) {
            long id = practice.desk().client.call(dev.waitlistdesk.bitrix.Method.write("booking.v1.resource.add"), java.util.Map.of("fields",
                    java.util.Map.of("name", "Desk " + i, "typeId", 1))).path("id").asLong();
            practice.data().setSlots(id, List.of(new Slot(0, 540, 1080, 30, "Europe/Berlin", Slot.WEEK_DAYS.subList(0, 5))));
        }
    }
}
