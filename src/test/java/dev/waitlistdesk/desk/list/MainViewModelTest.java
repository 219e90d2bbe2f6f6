package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.TestDesk;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.Failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path dir;
    TestDesk desk;
    MainViewModel main;
    long older;
    long newer;

    @BeforeEach
    void twoRecords() {
        desk = new TestDesk(dir);
        desk.crm.contact(1, "Anna Petrova", "+49 30 1111");
        desk.crm.company(7, "Acme GmbH");
        older = desk.store.put("Haircut", ClientId.contact(1));
        newer = desk.store.put("Massage", ClientId.company(7), ClientId.contact(1));
        main = desk.wiring.main(false);
        main.refresh();
    }

    @Test
    void listShowsNewestFirstWithClientNamesFromBatchedCalls() {
        assertEquals(List.of(newer, older), main.rows().stream().map(WaitlistRow::id).toList());
        assertEquals(List.of("Acme GmbH", "Anna Petrova"),
                main.rows().get(0).clients().stream().map(Client::name).sorted().toList());
        // one list, one batched client.list, one lookup of the names
        assertEquals(List.of("list", "clients"), desk.store.calls);
        assertEquals(1, desk.crm.lookups);
    }

    @Test
    void aReloadThatFindsOneRecordChangedReplacesThatRowOnly() {
        // given a colleague changed the older record's note
        desk.store.change(older, "Haircut, Tuesdays", ClientId.contact(1));
        WaitlistRow untouched = main.rows().get(0);
        List<String> changes = new java.util.ArrayList<>();
        main.rows().addListener((javafx.collections.ListChangeListener<WaitlistRow>) change -> {
            while (change.next()) {
                changes.add((change.wasUpdated() ? "updated " : change.getRemoved().stream().map(WaitlistRow::note)
                        .toList() + " -> ") + change.getList().subList(change.getFrom(), change.getTo()).stream()
                        .map(WaitlistRow::note).toList());
            }
        });

        // when F5 reads the list again
        main.refresh();

        // then one row is updated in place (the table redraws that row alone), and the other stays as it was
        assertEquals(List.of("updated [Haircut, Tuesdays]"), changes);
        assertSame(untouched, main.rows().get(0));
        assertEquals(List.of(newer, older), main.rows().stream().map(WaitlistRow::id).toList());
    }

    @Test
    void aReloadThatFindsANewRecordShowsItOnTop() {
        long newest = desk.store.put("Manicure", ClientId.contact(1));

        main.refresh();

        assertEquals(List.of(newest, newer, older), main.rows().stream().map(WaitlistRow::id).toList());
    }

    @Test
    void quickFilterNarrowsByNoteOrClientName() {
        main.quickFilterProperty().set("acme");
        assertEquals(List.of(newer), main.rows().stream().map(WaitlistRow::id).toList());

        main.quickFilterProperty().set("haircut");
        assertEquals(List.of(older), main.rows().stream().map(WaitlistRow::id).toList());

        main.quickFilterProperty().set("");
        assertEquals(2, main.rows().size());
    }

    @Test
    void anEndDateBeforeTheStartIsExplainedWithoutACall() {
        desk.store.calls.clear();
        main.createdFromProperty().set(LocalDate.of(2026, 5, 10));
        desk.store.calls.clear();
        main.createdToProperty().set(LocalDate.of(2026, 5, 1));

        assertTrue(main.listStatusProperty().get().text().startsWith("The end date is before"));
        assertEquals(List.of(), desk.store.calls);
    }

    @Test
    void unsavedPicksSurviveSwitchingRecords() {
        main.open(main.rows().get(1));
        RecordViewModel first = main.currentProperty().get();
        Client acme = desk.crm.clients.get(ClientId.company(7));
        first.add(acme);

        main.open(main.rows().get(0));
        main.open(main.rows().get(1));

        assertSame(first, main.currentProperty().get());
        assertEquals(2, main.currentProperty().get().picks().size());
    }

    @Test
    void unsavedPicksSurviveARestartAsDrafts() {
        main.open(main.rows().get(1));
        desk.crm.contact(2, "Boris Klein", "");
        main.currentProperty().get().add(desk.crm.clients.get(ClientId.contact(2)));

        // a new window on the same drafts file, as after a crash
        MainViewModel restarted = restartedOnTheSamePortal();
        restarted.open(restarted.rows().get(1));

        RecordViewModel record = restarted.currentProperty().get();
        assertEquals(List.of("Anna Petrova", "Boris Klein"), record.picks().stream().map(Client::name).toList());
        assertTrue(record.dirtyProperty().get());
        assertTrue(record.statusProperty().get().text().startsWith("Your unsaved changes"));
    }

    /** A new desk on the same drafts file and the same portal, as after a crash, with the list loaded. */
    private MainViewModel restartedOnTheSamePortal() {
        TestDesk again = new TestDesk(dir);
        again.store.records.putAll(desk.store.records);
        again.crm.clients.putAll(desk.crm.clients);
        MainViewModel restarted = again.wiring.main(false);
        restarted.refresh();
        return restarted;
    }

    @Test
    void aRestoredDraftReappliesOnlyWhatTheReceptionistChanged() {
        // given Boris added to "Haircut" and the app closed before saving
        main.open(main.rows().get(1));
        desk.crm.contact(2, "Boris Klein", "");
        main.currentProperty().get().add(desk.crm.clients.get(ClientId.contact(2)));

        // and meanwhile a colleague changed the note
        desk.store.change(older, "Haircut, Tuesdays", ClientId.contact(1));
        MainViewModel restarted = restartedOnTheSamePortal();
        restarted.open(restarted.rows().get(1));

        // then the draft brings back Boris, and the colleague's note stays
        RecordViewModel record = restarted.currentProperty().get();
        assertEquals("Haircut, Tuesdays", record.noteProperty().get());
        assertEquals(List.of("Anna Petrova", "Boris Klein"), record.picks().stream().map(Client::name).toList());
    }

    @Test
    void draftsOfRecordsDeletedMeanwhileStayListedAsDeleted_untilTheReceptionistDecides() {
        desk.drafts.put(999, new dev.waitlistdesk.settings.DraftStore.Draft("gone", List.of(
                new dev.waitlistdesk.settings.DraftStore.Pick("CONTACT", 1, "Anna Petrova", ""))));

        main.refresh();

        WaitlistRow gone = main.rows().stream().filter(r -> r.id() == 999).findFirst().orElseThrow();
        assertTrue(gone.gone());
        main.open(gone);
        RecordViewModel record = main.currentProperty().get();
        assertEquals(List.of("recreate", "discard"), record.statusProperty().get().commandIds());
        assertEquals("Anna Petrova", record.picks().get(0).name());

        desk.confirmAnswer = true;
        record.statusProperty().get().command("discard").run();
        assertTrue(desk.drafts.get(999).isEmpty());
        assertEquals(2, main.rows().size());
    }

    @Test
    void aRecordDeletedWhileTheAppWasClosedOpensWithEverythingTheReceptionistSaw() {
        var anna = new dev.waitlistdesk.settings.DraftStore.Pick("CONTACT", 1, "Anna Petrova", "");
        var boris = new dev.waitlistdesk.settings.DraftStore.Pick("CONTACT", 2, "Boris Klein", "");
        desk.drafts.put(999, new dev.waitlistdesk.settings.DraftStore.Draft("Haircut", List.of(anna, boris),
                "Haircut", List.of(anna), List.of())); // Boris was added to a record that held Anna

        main.refresh();
        main.open(main.rows().stream().filter(r -> r.id() == 999).findFirst().orElseThrow());

        RecordViewModel record = main.currentProperty().get();
        assertEquals("Haircut", record.noteProperty().get());
        assertEquals(List.of("Anna Petrova", "Boris Klein"), record.picks().stream().map(Client::name).toList());
        assertEquals(List.of("recreate", "discard"), record.statusProperty().get().commandIds());
    }

    @Test
    void aStartAsksForNoClientKindsOfItsOwn_theyComeWithTheList() {
        desk.store.calls.clear();

        desk.wiring.main(false).start();

        assertEquals(List.of("list", "clients"), desk.store.calls);
    }

    @Test
    void createAsksForANoteAndOpensTheNewRecord_evenUnderAFilter() {
        main.quickFilterProperty().set("haircut");
        desk.noteAnswer = Optional.of("Manicure");

        main.createRecord();

        assertEquals("Manicure", main.rows().get(0).note());
        assertEquals(main.rows().get(0).id(), main.currentProperty().get().id());
    }

    @Test
    void aRecordThisDeskCreatesWaitsSinceTodayAtOnce() {
        desk.noteAnswer = Optional.of("Manicure");

        main.createRecord();

        assertEquals("today", main.waitingSince(main.rows().get(0), java.time.LocalDate.now()));
    }

    @Test
    void aColleaguesNewRecordFoundByAPollWaitsSinceToday() {
        long added = desk.store.put("Pedicure");

        desk.runScheduled(true); // the next poll

        WaitlistRow row = main.rows().stream().filter(r -> r.id() == added).findFirst().orElseThrow();
        assertEquals("today", main.waitingSince(row, java.time.LocalDate.now()));
    }

    @Test
    void theEmptyTableSaysLoadingWhileTheFirstLoadRuns_neverThatThereAreNoRecords() {
        MainViewModel fresh = desk.wiring.main(false);
        desk.holdWork = true;

        fresh.refresh();

        assertEquals("Loading the waitlist…", fresh.emptyListTextProperty().get());
        desk.store.records.clear();
        desk.releaseWork();
        assertEquals("No waitlist records to show.", fresh.emptyListTextProperty().get());
        fresh.quickFilterProperty().set("haircut");
        assertEquals("No record matches the filter.", fresh.emptyListTextProperty().get());
    }

    @Test
    void afterAFailedFirstLoadTheEmptyTableClaimsNothing() {
        MainViewModel fresh = desk.wiring.main(false);
        desk.store.failNext = new Failure.Offline(Failure.Evidence.NONE);

        fresh.refresh();

        assertEquals("", fresh.emptyListTextProperty().get(), "the status below says what went wrong");
    }

    @Test
    void theRestOfALongListJoinsBelowTheFirstScreenful_theRowsOnScreenStay() {
        for (int i = 0; i < 60; i++) {
            desk.store.put("Call " + i);
        }
        MainViewModel fresh = desk.wiring.main(false);
        List<String> changes = new java.util.ArrayList<>();
        fresh.waitlist().addListener((javafx.collections.ListChangeListener<WaitlistRow>) c -> {
            while (c.next()) {
                changes.add((c.wasRemoved() ? "replaced " + c.getRemovedSize() + ", " : "")
                        + "added " + c.getAddedSize() + " at " + c.getFrom());
            }
        });

        fresh.refresh();

        assertEquals(List.of("added 50 at 0", "added 12 at 50"), changes);
    }

    @Test
    void aRecordMadeWhileAnOlderListIsOnItsWayStaysOpenAndListed() {
        // given a list read from the portal whose answer is still on its way
        desk.holdAnswers = true;
        main.refresh();
        desk.holdAnswers = false;

        // when the receptionist makes a record meanwhile, and then the older list lands
        desk.noteAnswer = Optional.of("Manicure");
        main.createRecord();
        long made = main.currentProperty().get().id();
        desk.runScheduled(); // the moment the load would offer Cancel
        assertEquals(List.of(), main.listStatusProperty().get().commands(), "no Cancel beside 'Record … created.'");
        desk.releaseWork();

        // then the record stays listed and open, and nobody is said to have deleted it
        assertEquals(List.of(made, newer, older), main.rows().stream().map(WaitlistRow::id).toList());
        assertEquals(made, main.currentProperty().get().id());
        assertEquals("Record #" + made + " created.", main.listStatusProperty().get().text());
    }

    @Test
    void aRecordAPollFoundWhileItWasBeingMadeIsListedOnce() {
        // given a record made on the portal, the desk's answer still on its way (its clients were being set)
        desk.holdAnswers = true;
        desk.noteAnswer = Optional.of("Manicure");
        main.createRecord();
        desk.holdAnswers = false;
        // and a poll meanwhile finds it, newer than every record
        desk.runScheduled(true);
        long made = main.rows().get(0).id();
        assertEquals("Manicure", main.rows().get(0).note());

        // when the answer of the creation lands
        desk.releaseWork();

        // then the record is listed once, open
        assertEquals(List.of(made, newer, older), main.rows().stream().map(WaitlistRow::id).toList());
        assertEquals(made, main.currentProperty().get().id());
    }

    @Test
    void aPollSentBeforeARecordWasMadeAddsNoSecondRowOfIt() {
        // given a poll sent out, its answer not read yet
        desk.holdWork = true;
        desk.runScheduled(true);
        desk.holdWork = false;

        // when a record is made meanwhile, and then the poll reads the portal, where it now is
        desk.noteAnswer = Optional.of("Manicure");
        main.createRecord();
        long made = main.currentProperty().get().id();
        desk.releaseWork();

        // then it is listed once
        assertEquals(List.of(made, newer, older), main.rows().stream().map(WaitlistRow::id).toList());
    }

    @Test
    void aRecordMadeWhileADateRangeIsLoadingStaysOpen() {
        // given a date range chosen, its list still on its way
        desk.holdAnswers = true;
        main.createdFromProperty().set(java.time.LocalDate.now().minusDays(30));
        desk.holdAnswers = false;

        desk.noteAnswer = Optional.of("Manicure");
        main.createRecord();
        long made = main.currentProperty().get().id();
        desk.releaseWork();

        assertEquals(made, main.currentProperty().get().id(), "not closed as deleted by a colleague");
        assertEquals(made, main.rows().get(0).id());
    }

    @Test
    void aRecordDeletedOrSavedWhileAnOlderListIsOnItsWayIsListedAsItIsNow() {
        desk.holdAnswers = true;
        main.refresh();
        desk.holdAnswers = false;

        // when the receptionist deletes one record and saves another, and then the older list lands
        main.open(main.rows().get(1));
        main.deleteCurrent();
        main.open(main.rows().get(0));
        desk.crm.contact(2, "Boris Klein", "");
        RecordViewModel massage = main.currentProperty().get();
        massage.add(desk.crm.clients.get(ClientId.contact(2)));
        massage.save();
        desk.releaseWork();

        // then the deleted record does not come back, and the saved one keeps what was saved, unchanged by a colleague
        assertEquals(List.of(newer), main.rows().stream().map(WaitlistRow::id).toList());
        assertEquals(3, main.rows().get(0).clients().size());
        assertFalse(massage.dirtyProperty().get());
        assertTrue(massage.statusProperty().get().text().startsWith("Saved"), massage.statusProperty().get().text());
    }

    @Test
    void f5WhileALoadRunsStartsNoSecondLoad() {
        desk.holdWork = true;
        desk.store.calls.clear();
        main.refresh();
        main.refresh();
        main.refresh();
        desk.releaseWork();

        assertEquals(List.of("list", "clients"), desk.store.calls);
    }

    @Test
    void aColleaguesNewAndDeletedRecordsArriveWithTheLiveRefresh() {
        main.open(main.rows().get(1));
        long added = desk.store.put("Pedicure");
        desk.store.records.remove(older);

        desk.runScheduled(true); // the next poll

        assertEquals(List.of(added, newer), main.rows().stream().map(WaitlistRow::id).toList());
        assertNull(main.currentProperty().get());
        assertEquals("Record #" + older + " was deleted by a colleague.", main.listStatusProperty().get().text());
    }

    @Test
    void theLiveRefreshKeepsItsPaceWhileInUseAndSlowsDownOnlyAfterMinutesWithoutUse() {
        desk.runScheduled(true);
        desk.runScheduled(true);
        Duration inUse = lastScheduled();
        main.windowFocusedProperty().set(false);
        desk.now = desk.now.plus(Duration.ofMinutes(2));
        desk.runScheduled(true);
        Duration minutesAway = lastScheduled();

        desk.now = desk.now.plus(Duration.ofMinutes(2));
        desk.runScheduled(true);
        desk.runScheduled(true);
        Duration idle = lastScheduled();
        main.windowFocusedProperty().set(true);
        desk.runScheduled(true);
        Duration back = lastScheduled();

        assertEquals(PollPace.FASTEST, inUse, "quiet polls do not slow a desk in use");
        assertEquals(PollPace.FASTEST, minutesAway, "two minutes away is still in use");
        assertTrue(idle.compareTo(PollPace.FASTEST) > 0, idle + " after more than three minutes without use");
        assertEquals(PollPace.FASTEST, back, "back at the desk: every 15 s again");
    }

    @Test
    void backAtADeskLeftAloneForMinutes_itLooksAtOnceNotAtItsSlowedNextPoll() {
        // given a desk left alone until its polls are minutes apart
        main.windowFocusedProperty().set(false);
        while (lastScheduled().compareTo(Duration.ofMinutes(2)) < 0) {
            desk.now = desk.now.plus(lastScheduled());
            desk.runScheduled(true);
        }
        desk.now = desk.now.plus(Duration.ofSeconds(30));
        desk.store.change(older, "Changed while away");
        desk.store.calls.clear();

        // when the receptionist comes back to the window
        main.windowFocusedProperty().set(true);
        desk.runScheduled(false); // a moment, not the slowed poll

        // then the colleague's change is on screen, and the desk looks every 15 s again
        assertEquals(List.of("glance"), desk.store.calls);
        assertEquals("Changed while away", main.rows().get(1).note());
        assertEquals(PollPace.FASTEST, lastScheduled());
    }

    @Test
    void aPollIsOneLookAtThePortalAndSaysWhenTheListWasUpdated() {
        main.open(main.rows().get(1));
        desk.store.change(older, "Colleague's note");
        desk.store.calls.clear();
        desk.now = desk.now.plus(Duration.ofSeconds(15));

        desk.runScheduled(true);

        assertEquals(List.of("glance"), desk.store.calls);
        assertEquals("Colleague's note", main.rows().get(1).note());
        assertEquals("Colleague's note", main.currentProperty().get().noteProperty().get());
        assertTrue(main.freshnessProperty().get().startsWith("Updated "), main.freshnessProperty().get());
    }

    @Test
    void rowsScrolledIntoViewAreReadWhenStale_andOnlyThen() {
        // given a desk left alone for minutes: its polls have slowed to every 30 s
        desk.now = desk.now.plus(Duration.ofMinutes(4));
        desk.runScheduled(true);
        assertEquals(Duration.ofSeconds(30), lastScheduled());
        desk.now = desk.now.plus(Duration.ofSeconds(20));
        desk.store.change(older, "Changed meanwhile");
        desk.store.calls.clear();

        // when the receptionist scrolls to a row read 20 s ago
        main.showing(List.of(older));
        desk.runScheduled(false); // the short pause after scrolling, not the next poll

        // then it is read at once, and the desk is in use again
        assertEquals(List.of("glance"), desk.store.calls);
        assertEquals("Changed meanwhile", main.rows().get(1).note());
        assertEquals(PollPace.FASTEST, lastScheduled());
        desk.store.calls.clear();
        main.showing(List.of(newer, older)); // both just read: no extra look
        desk.runScheduled(false);
        assertEquals(List.of(), desk.store.calls);
    }

    private Duration lastScheduled() {
        return desk.scheduled.get(desk.scheduled.size() - 1).delay();
    }

    @Test
    void deleteNeedsConfirmation() {
        main.open(main.rows().get(0));
        desk.confirmAnswer = false;
        main.deleteCurrent();
        assertEquals(2, main.rows().size());

        desk.confirmAnswer = true;
        main.deleteCurrent();
        assertEquals(List.of(older), main.rows().stream().map(WaitlistRow::id).toList());
        assertNull(main.currentProperty().get());
        assertEquals("Record #" + newer + " deleted.", main.listStatusProperty().get().text());
    }

    @Test
    void aResultGivesWayAtTheNextAction_orFadesAfterAWhile() {
        // given "Record # deleted." on the list
        main.open(main.rows().get(0));
        main.deleteCurrent();
        assertEquals("Record #" + newer + " deleted.", main.listStatusProperty().get().text());

        // when the receptionist opens another record, the result goes
        main.open(main.rows().get(0));
        assertEquals(Status.Tone.NONE, main.listStatusProperty().get().tone());

        // and a new record's "created" result goes by itself after a while, with nothing else done
        desk.noteAnswer = java.util.Optional.of("Pedicure");
        main.createRecord();
        assertTrue(main.listStatusProperty().get().text().endsWith("created."), main.listStatusProperty().get().text());
        desk.runScheduled(true);
        assertEquals(Status.Tone.NONE, main.listStatusProperty().get().tone());
    }

    @Test
    void aCreateWhoseAnswerWasLostSaysSo_andShowsWhatThePortalHolds() {
        desk.noteAnswer = Optional.of("Manicure");
        desk.store.failNext = new Failure.OutcomeUnknown(Failure.Evidence.NONE);
        desk.store.put("Manicure"); // it did arrive

        main.createRecord();

        assertTrue(main.listStatusProperty().get().text().contains("Bitrix24 may have done it"),
                main.listStatusProperty().get().text());
        assertEquals("Manicure", main.rows().get(0).note());
    }

    @Test
    void aListThatCannotLoadOffersRetry() {
        desk.store.failNext = new Failure.Offline(Failure.Evidence.NONE);

        main.refresh();

        assertEquals(List.of("retry"), main.listStatusProperty().get().commandIds());
        main.listStatusProperty().get().command("retry").run();
        assertEquals(Status.NONE, main.listStatusProperty().get());
    }
}
