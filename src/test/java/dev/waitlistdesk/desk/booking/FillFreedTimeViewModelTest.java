package dev.waitlistdesk.desk.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.TestDesk;
import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.desk.list.MainViewModel;
import dev.waitlistdesk.port.BookableResource;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.FakeBooking;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filling a freed time, without a toolkit: who is offered the time, in which order, and that it is booked once. */
class FillFreedTimeViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;
    TestDesk desk;
    FakeBooking portal;
    MainViewModel main;
    BookingPanelViewModel panel;
    FillFreedTimeViewModel fill;
    BookableResource room;
    Client anna;
    Client boris;
    long annaSince10Days;
    long borisSince3Days;
    long borisNotPlaced;
    long nobodySince30Days;

    @BeforeEach
    void waitlistOfKnownAge() {
        desk = new TestDesk(dir);
        anna = desk.crm.contact(1, "Anna Petrova", "+49 30 1111");
        boris = desk.crm.contact(2, "Boris Klein", "+49 30 2222");
        annaSince10Days = placed(desk.store.put("Haircut, mornings", anna.id()), 10);
        borisSince3Days = placed(desk.store.put("Massage, Friday", boris.id()), 3);
        borisNotPlaced = desk.store.put("Massage, any day", boris.id());
        nobodySince30Days = placed(desk.store.put("Called, no client yet"), 30);
        portal = new FakeBooking(desk.store);
        room = portal.resource(1, "Room 1", "Rooms", "Europe/Berlin", 60);
        main = desk.wiring.main(false);
        main.refresh();
        Instant monday8 = TODAY.atTime(8, 0).atZone(BERLIN).toInstant();
        panel = desk.wiring.bookingPanel(portal.services(new FakeBooking.TestClock(monday8, BERLIN)), main.records());
        fill = new FillFreedTimeViewModel(desk.texts, main.records(), panel);
    }

    private long placed(long id, int daysAgo) {
        desk.store.created.put(id, TODAY.minusDays(daysAgo));
        return id;
    }

    private List<Long> candidateIds() {
        return fill.candidates().stream().map(WaitlistRow::id).toList();
    }

    private WaitlistRow candidate(long id) {
        return fill.candidates().stream().filter(row -> row.id() == id).findFirst().orElseThrow();
    }

    /** The panel on no record, Room 1 and 10:00 chosen: the freed time. */
    private void freedTimeAtTen() {
        fill.open();
        panel.choose(List.of(room));
        panel.startProperty().set(panel.starts().stream().filter(s -> s.label().equals("10:00")).findFirst().orElseThrow());
    }

    @Test
    void theLongestWaitingComeFirstAndRecordsNotPlacedLast() {
        fill.open();
        assertEquals(List.of(nobodySince30Days, annaSince10Days, borisSince3Days, borisNotPlaced), candidateIds());
        assertEquals("#" + annaSince10Days + " · 10 days · Haircut, mornings · Anna Petrova",
                fill.describe(candidate(annaSince10Days), TODAY));
        assertEquals("#" + borisNotPlaced + " · Massage, any day · Boris Klein", fill.describe(candidate(borisNotPlaced), TODAY),
                "no waiting time while it is not known");
        assertEquals("#" + nobodySince30Days + " · since 31 Oct · Called, no client yet · no clients",
                fill.describe(candidate(nobodySince30Days), TODAY));
    }

    @Test
    void recordsAreOfferedOnlyWhileThePanelFillsATime() {
        assertEquals(List.of(), candidateIds(), "closed: nothing to filter, sort and lay out at every list load");
        fill.open();
        assertEquals(4, candidateIds().size());
        panel.close();
        assertEquals(List.of(), candidateIds());
    }

    @Test
    void theFilterIsTheListsQuickFilterAndKeepsTheOrder() {
        fill.open();
        fill.filterProperty().set("massage");
        assertEquals(List.of(borisSince3Days, borisNotPlaced), candidateIds(), "by note");

        fill.filterProperty().set("klein");
        assertEquals(List.of(borisSince3Days, borisNotPlaced), candidateIds(), "by client name");

        fill.filterProperty().set("30 1111");
        assertEquals(List.of(annaSince10Days), candidateIds(), "by phone");

        fill.filterProperty().set(String.valueOf(borisNotPlaced));
        assertEquals(List.of(borisNotPlaced), candidateIds(), "by id");
        fill.filterProperty().set("Massage");
        assertEquals(borisSince3Days, fill.typedOrFirst().orElseThrow().id(), "Enter takes the first, the longest waiting");
        fill.filterProperty().set("" + borisNotPlaced);
        assertEquals(borisNotPlaced, fill.typedOrFirst().orElseThrow().id(), "or the record whose id was typed");
        fill.filterProperty().set("№ " + borisNotPlaced);
        assertEquals(List.of(borisNotPlaced), candidateIds(), "an id as the window writes it");
        assertEquals(borisNotPlaced, fill.typedOrFirst().orElseThrow().id());

        fill.filterProperty().set("");
        assertEquals(List.of(nobodySince30Days, annaSince10Days, borisSince3Days, borisNotPlaced), candidateIds());
    }

    @Test
    void theTimeComesFirstAndNothingIsChosenOrBookedUntilTheReceptionistChoosesARecord() {
        main.open(main.rows().get(0)); // a record open in the editor is not chosen for the freed time

        freedTimeAtTen();

        assertTrue(panel.fillingProperty().get());
        assertEquals("Fill a free time", panel.titleProperty().get());
        assertEquals("Mon 30 Nov 2026, 10:00–11:00 (Europe/Berlin)", panel.periodProperty().get());
        assertNull(fill.chosenProperty().get());
        assertFalse(panel.canBookProperty().get());
        panel.book();
        assertFalse(portal.calls.stream().anyMatch(c -> c.startsWith("book")));
    }

    @Test
    void theChosenRecordIsBookedOnceAndLeavesTheCandidates() {
        freedTimeAtTen();

        fill.choose(candidate(annaSince10Days));
        assertEquals("Fill a free time: #" + annaSince10Days, panel.titleProperty().get());
        assertTrue(panel.canBookProperty().get());
        panel.book();
        panel.book();

        assertEquals(List.of("book " + annaSince10Days), portal.calls.stream().filter(c -> c.startsWith("book")).toList());
        assertTrue(panel.statusProperty().get().text().startsWith("Booked: booking 501, Mon 30 Nov 2026, 10:00–11:00"));
        assertEquals(List.of(nobodySince30Days, borisSince3Days, borisNotPlaced), candidateIds());
        assertNull(fill.chosenProperty().get());
        assertEquals("Fill a free time", panel.titleProperty().get(), "the panel stays on nothing");
        assertNull(panel.startProperty().get(), "the next booking needs a time chosen again");

        panel.undo();
        assertEquals(4, candidateIds().size(), "Undo puts the record back among them");
        assertNull(fill.chosenProperty().get(), "and does not choose it");
    }

    @Test
    void aRecordWithoutClientsIsSaidSoAndNotBooked() {
        freedTimeAtTen();

        fill.choose(candidate(nobodySince30Days));
        panel.book();

        assertEquals(Status.info("Record #" + nobodySince30Days + " has no clients, so it cannot be booked. Add them "
                + "to the record first (Esc shows it), or choose another."), panel.statusProperty().get());
        assertFalse(panel.canBookProperty().get());
        assertFalse(portal.calls.stream().anyMatch(c -> c.startsWith("book")));
    }

    @Test
    void unsavedPicksOnTheChosenRecordAreSavedFirstSoTheBookingHoldsThem() {
        main.open(main.rows().stream().filter(r -> r.id() == nobodySince30Days).findFirst().orElseThrow());
        dev.waitlistdesk.desk.editor.RecordViewModel record = main.currentProperty().get();
        record.add(anna); // picked, not saved
        freedTimeAtTen();

        fill.choose(candidate(nobodySince30Days));
        panel.book();

        assertEquals(List.of(anna), record.saved().clients(), "saved (conflict-checked) before the booking");
        assertFalse(record.dirtyProperty().get());
        assertEquals(List.of("book " + nobodySince30Days), portal.calls.stream().filter(c -> c.startsWith("book")).toList());
    }

    @Test
    void aChosenRecordTheFilterHidesIsNoLongerChosen() {
        freedTimeAtTen();
        fill.choose(candidate(borisSince3Days));

        fill.filterProperty().set("haircut");

        assertNull(fill.chosenProperty().get());
        assertFalse(panel.canBookProperty().get(), "Enter books only a record the list shows");
    }
}
