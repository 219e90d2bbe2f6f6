package dev.waitlistdesk.desk.booking;

import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.TestDesk;
import dev.waitlistdesk.desk.list.MainViewModel;
import dev.waitlistdesk.port.BookableResource;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.FakeBooking;
import dev.waitlistdesk.port.Span;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.desk.common.Status.Tone;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Booking the open record, without a toolkit: the clock and the portal are the test's. */
class BookingPanelViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 30 Nov 2026, 8:00 in Berlin. */
    private static final Instant MONDAY_8 = LocalDate.of(2026, 11, 30).atTime(8, 0).atZone(BERLIN).toInstant();

    @TempDir
    Path dir;
    TestDesk desk;
    FakeBooking portal;
    FakeBooking.TestClock clock;
    MainViewModel main;
    BookingPanelViewModel panel;
    BookableResource room;
    BookableResource doctor;
    long record;

    @BeforeEach
    void openRecord() {
        desk = new TestDesk(dir);
        portal = new FakeBooking(desk.store);
        room = portal.resource(1, "Room 1", "Rooms", "Europe/Berlin", 60);
        doctor = portal.resource(3, "Dr. Anna Weber", "Specialists", "Europe/Berlin", 30);
        portal.resource(4, "Dr. Olga Orlova", "Specialists", "Asia/Vladivostok", 45);
        record = desk.store.put("Wants a morning");
        clock = new FakeBooking.TestClock(MONDAY_8, BERLIN);
        main = desk.wiring.main(false);
        main.refresh();
        main.open(main.rows().get(0));
        panel = desk.wiring.bookingPanel(portal.services(clock), main.records());
        assertTrue(panel.open());
    }

    private List<String> startLabels() {
        return panel.starts().stream().map(StartTime::label).toList();
    }

    private StartTime startAt(String label) {
        return panel.starts().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
    }

    private Span berlin(String from, String to) {
        LocalDate day = LocalDate.of(2026, 11, 30);
        return new Span(day.atTime(java.time.LocalTime.parse(from)).atZone(BERLIN).toInstant(),
                day.atTime(java.time.LocalTime.parse(to)).atZone(BERLIN).toInstant());
    }

    @Test
    void aRecordDeletedOnThePortalCannotBeBooked() {
        panel.close();
        desk.drafts.put(999, new dev.waitlistdesk.settings.DraftStore.Draft("gone", List.of(
                new dev.waitlistdesk.settings.DraftStore.Pick("CONTACT", 1, "Anna Petrova", ""))));
        main.refresh();
        main.open(main.rows().stream().filter(r -> r.id() == 999).findFirst().orElseThrow());

        assertFalse(panel.open());
        assertFalse(panel.openProperty().get());
    }

    @Test
    void resourcesComeGroupedByTypeAndTheFilterNarrowsThem() {
        assertEquals(List.of("Room 1", "Dr. Anna Weber", "Dr. Olga Orlova"),
                panel.resources().stream().map(BookableResource::name).toList());
        assertEquals("Specialists", panel.groupOf(panel.resources().get(1)));
        assertEquals("", panel.groupOf(panel.resources().get(2)), "the type is named once");
        assertEquals("Book record #" + record, panel.titleProperty().get());

        panel.filterProperty().set("olga");

        assertEquals(List.of("Dr. Olga Orlova"), panel.resources().stream().map(BookableResource::name).toList());
    }

    @Test
    void theDayIsTodayInTheResourcesZoneAndTheLengthItsSlot() {
        clock.now = LocalDate.of(2026, 11, 30).atTime(22, 0).atZone(BERLIN).toInstant(); // Tuesday in Vladivostok

        panel.choose(List.of(portal.resources.get(2)));

        assertEquals(LocalDate.of(2026, 12, 1), panel.dayProperty().get());
        assertEquals(45, panel.lengthMinutesProperty().get());
        assertEquals("09:45", panel.starts().get(1).label(), "times are shown in the resource's zone, on its grid");
    }

    @Test
    void busyAndPastTimesAreNotOfferedAndTheStripShowsThem() {
        portal.busy.get(1L).add(berlin("10:00", "11:00"));
        clock.now = berlin("09:30", "09:30").start();

        panel.choose(List.of(room));

        assertEquals(List.of("11:00"), startLabels(), "9:00 is past, 10:00 is taken");
        DayStrip strip = panel.strips().get(0);
        assertEquals("Room 1: free 09:30–10:00, 11:00–12:00", strip.summary(), "nothing before now is free");
        assertEquals(List.of(new DayStrip.Part(1.0 / 6, 1.0 / 3, true, "09:30–10:00 free"),
                new DayStrip.Part(1.0 / 3, 2.0 / 3, false, "10:00–11:00 booked"),
                new DayStrip.Part(2.0 / 3, 1, true, "11:00–12:00 free")), strip.parts());
        assertEquals("11:00", panel.startProperty().get().label(), "the first free time is chosen");
    }

    @Test
    void severalResourcesOfferOnlyTimesFreeForAllOfThem() {
        portal.busy.get(3L).add(berlin("09:00", "09:30"));

        panel.choose(List.of(room, doctor));

        assertEquals(60, panel.lengthMinutesProperty().get(), "the first resource's slot");
        assertEquals(List.of("10:00", "11:00"), startLabels());
        panel.lengthMinutesProperty().set(120);
        assertEquals(List.of("10:00"), startLabels(), "two hours free for both, before the room closes at 12:00");

        panel.choose(List.of(doctor, room));
        panel.lengthMinutesProperty().set(60);
        assertEquals(List.of("09:30", "10:00", "10:30", "11:00"), startLabels(),
                "the first resource's half-hour grid, where the room is free too");
    }

    @Test
    void bookingShowsTheIdAndTimeAndTheRecordLeavesTheList() {
        panel.choose(List.of(room));
        panel.startProperty().set(startAt("10:00"));
        assertEquals("Mon 30 Nov 2026, 10:00–11:00 (Europe/Berlin)", panel.periodProperty().get());

        panel.book();

        String booked = "Booked: booking 501, Mon 30 Nov 2026, 10:00–11:00 (Europe/Berlin), Room 1. "
                + "The record left the waitlist.";
        assertStatus(Tone.SUCCESS, booked, "", List.of("undo"), panel.statusProperty().get());
        assertTrue(main.rows().isEmpty());
        assertNull(main.currentProperty().get());
        assertEquals(booked, main.listStatusProperty().get().text());
        assertFalse(startLabels().contains("10:00"), "the day was read again");
        assertFalse(panel.canBookProperty().get(), "no record is open any more");
    }

    @Test
    void aTimeAColleagueTookMeanwhileIsRefusedNamedAndNoLongerOffered() {
        panel.choose(List.of(room));
        panel.startProperty().set(startAt("10:00"));
        portal.busy.get(1L).add(berlin("10:00", "10:45")); // a colleague, behind this desk's back

        panel.book();

        Status refused = panel.statusProperty().get();
        assertEquals(Tone.ERROR, refused.tone());
        assertEquals("Not booked: Room 1 is already booked then (10:00–10:45), probably by a colleague just now. "
                + "The free times were reloaded: choose another time.", refused.text());
        assertEquals("Bitrix24 code 1038 · wait list item not found", refused.detail());
        assertEquals(List.of("09:00", "11:00"), startLabels());
        assertEquals(1, main.rows().size(), "the record stays on the list");
    }

    @Test
    void aRecordAColleagueBookedIsSaidSoWithRefreshAsTheNextStep() {
        panel.choose(List.of(room));
        desk.store.records.remove(record);

        panel.book();

        assertStatus(Tone.ERROR, "Not booked: this record is no longer on the waitlist; a colleague "
                        + "probably booked or deleted it. Refresh the list.",
                "Bitrix24 code 1038 · wait list item not found", List.of("refresh-list"), panel.statusProperty().get());
        panel.statusProperty().get().command("refresh-list").run();
        assertTrue(main.rows().isEmpty());
    }

    @Test
    void aResourceThatIsGoneIsNamedAndTheResourcesAreReloaded() {
        panel.choose(List.of(room, doctor));
        portal.busy.remove(3L);
        portal.resources.remove(doctor);

        panel.book();

        assertEquals("Not booked: Dr. Anna Weber no longer exists in Bitrix24. The resources were reloaded: "
                + "choose another.", panel.statusProperty().get().text());
        assertEquals(List.of("Room 1", "Dr. Olga Orlova"), panel.resources().stream().map(BookableResource::name).toList());
    }

    @Test
    void anotherDayChosenWhileABookingRunsDoesNotDropIt() {
        panel.choose(List.of(room));
        desk.holdWork = true;

        panel.book();
        assertFalse(panel.canBookProperty().get(), "one booking at a time");
        panel.dayProperty().set(LocalDate.of(2026, 12, 1));
        desk.holdWork = false;
        desk.releaseWork();

        assertTrue(panel.statusProperty().get().text().startsWith("Booked: booking 501, Mon 30 Nov 2026, 09:00–10:00"),
                panel.statusProperty().get().text());
        assertTrue(main.rows().isEmpty());
    }

    @Test
    void ctrlJTypedBeforeTheFreeTimesAreInWaitsForThem_enterBooksNothingMeanwhile() {
        // given a room booked up on Thursday, and the panel opening again there on a slow portal
        LocalDate thursday = LocalDate.of(2026, 12, 3);
        portal.busy.get(room.id()).add(new Span(thursday.atTime(9, 0).atZone(BERLIN).toInstant(),
                thursday.atTime(12, 0).atZone(BERLIN).toInstant()));
        panel.choose(List.of(room));
        panel.dayProperty().set(thursday);
        panel.close();
        desk.holdWork = true;
        assertTrue(panel.open());

        // when Ctrl+J and Enter come before the answers
        panel.jumpToNextFree();
        panel.book();
        desk.holdWork = false;
        while (!desk.heldWork.isEmpty()) {
            desk.releaseWork();
        }

        // then the next free time is chosen once it is known, and nothing was booked blind
        assertEquals(thursday.plusDays(1), panel.dayProperty().get());
        assertEquals("09:00", panel.startProperty().get().label());
        assertFalse(portal.calls.stream().anyMatch(c -> c.startsWith("book")));
    }

    @Test
    void aBookingThatWouldEndBeforeItStartsIsNotSent() {
        panel.choose(List.of(room));
        panel.lengthMinutesProperty().set(0);

        panel.book();

        assertFalse(panel.canBookProperty().get());
        assertEquals("A booking cannot end before it starts: choose a length of at least one minute.",
                panel.statusProperty().get().text());
        assertFalse(portal.calls.stream().anyMatch(c -> c.startsWith("book")));
    }

    @Test
    void theDayIsReadAgainWhenThePanelGainsFocusAfterAMinute() {
        panel.choose(List.of(room));
        portal.busy.get(1L).add(berlin("09:00", "10:00"));
        long reads = portal.calls.stream().filter(c -> c.startsWith("day")).count();

        clock.now = clock.now.plusSeconds(30);
        panel.focused();
        assertEquals(reads, portal.calls.stream().filter(c -> c.startsWith("day")).count(), "too soon");

        clock.now = clock.now.plus(Duration.ofSeconds(31));
        panel.focused();
        assertEquals(List.of("10:00", "11:00"), startLabels());
    }

    @Test
    void noConnectionWhileBookingSaysNothingWasBookedAndOffersRetry() {
        panel.choose(List.of(room));
        portal.failNext = new Failure.Offline(Failure.Evidence.NONE);

        panel.book();

        Status shown = panel.statusProperty().get();
        assertEquals("Not booked. No connection to Bitrix24. Check the network, then retry.", shown.text());
        assertTrue(shown.offers("retry"));
        assertEquals(1, main.rows().size());
    }

    private static void assertStatus(Tone tone, String text, String detail, List<String> commands, Status shown) {
        assertEquals(List.of(tone, text, detail, commands),
                List.of(shown.tone(), shown.text(), shown.detail(), shown.commandIds()));
    }
}
