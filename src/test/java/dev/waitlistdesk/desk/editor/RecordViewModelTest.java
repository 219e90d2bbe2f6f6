package dev.waitlistdesk.desk.editor;

import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.TestDesk;
import dev.waitlistdesk.desk.list.MainViewModel;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.RecordState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.port.Failure.Evidence;
import dev.waitlistdesk.desk.common.Status.Tone;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordViewModelTest {

    @TempDir
    Path dir;
    TestDesk desk;
    MainViewModel main;
    Client anna;
    Client boris;
    Client acme;
    long recordId;

    @BeforeEach
    void openRecordWithAnna() {
        desk = new TestDesk(dir);
        anna = desk.crm.contact(1, "Anna Petrova", "+49 30 1111");
        boris = desk.crm.contact(2, "Boris Klein", "+49 30 2222");
        acme = desk.crm.company(7, "Acme GmbH");
        recordId = desk.store.put("Haircut, mornings", anna.id());
        main = desk.wiring.main(true);
        main.refresh();
        main.open(main.rows().get(0));
    }

    RecordViewModel record() {
        return main.currentProperty().get();
    }

    Status status() {
        return record().statusProperty().get();
    }

    RecordState portal() {
        return desk.store.records.get(recordId);
    }

    @Test
    void nothingChangedMeansNothingToSave() {
        assertFalse(record().canSaveProperty().get());
        assertEquals(List.of(anna), record().picks());
    }

    @Test
    void savingWritesTheWholeRecordAndShowsWhatThePortalHolds() {
        // given Boris and Acme are added
        record().add(boris);
        record().add(acme);

        // when the receptionist saves
        record().save();

        // then the portal holds all three, the status says so with Undo, and nothing is left unsaved
        assertEquals(RecordState.of("Haircut, mornings", List.of(anna.id(), boris.id(), acme.id())), portal());
        assertEquals("Saved: 3 clients", status().text());
        assertEquals(List.of("undo"), status().commandIds());
        assertFalse(record().dirtyProperty().get());
        assertTrue(desk.drafts.get(recordId).isEmpty());
        assertEquals("Anna Petrova, Boris Klein, Acme GmbH", main.rows().get(0).clientNames());
    }

    @Test
    void whileSavingSaveIsOffAndAfterAFewSecondsCancelIsOffered() {
        // given a change and a portal that does not answer
        record().add(boris);
        desk.holdWork = true;

        // when saving starts, and a few seconds pass
        record().save();
        assertTrue(record().savingProperty().get());
        assertFalse(record().canSaveProperty().get());
        assertEquals("Saving…", status().text());
        desk.runScheduled();

        // then Cancel is offered; cancelling keeps the picks, unsaved, and Save is possible again
        assertTrue(status().offers("cancel"));
        record().statusProperty().get().command("cancel").run();
        assertFalse(record().savingProperty().get());
        assertEquals(List.of(anna, boris), record().picks());
        assertTrue(record().canSaveProperty().get());
        assertTrue(status().text().startsWith("Cancelled."), status().text());

        // and the dropped answer never arrives; a new save goes through
        desk.holdWork = false;
        desk.releaseWork();
        record().save();
        assertEquals("Saved: 2 clients", status().text());
    }

    @Test
    void aColleaguesChangeIsNeverOverwritten_mergeBothKeepsBoth() {
        // given a colleague added Acme and changed nothing else, while this desk added Boris
        desk.store.change(recordId, "Haircut, mornings", anna.id(), acme.id());
        record().add(boris);

        // when saving
        record().save();

        // then nothing is written; the desk says what the colleague changed and what it changed
        assertEquals(RecordState.of("Haircut, mornings", List.of(anna.id(), acme.id())), portal());
        assertEquals(Tone.WAITING, status().tone());
        assertEquals("A colleague changed this record since you opened it: added Acme GmbH. You: added Boris Klein. "
                + "Merge both keeps everyone’s changes.", status().text());
        assertEquals(List.of("merge", "keep-mine", "take-theirs"), status().commandIds());
        assertEquals(List.of(anna, boris), record().picks());

        // and Merge both writes the union
        record().statusProperty().get().command("merge").run();
        assertEquals(RecordState.of("Haircut, mornings", List.of(anna.id(), boris.id(), acme.id())), portal());
        assertEquals("Saved: 3 clients", status().text());
    }

    @Test
    void aColleaguesNoteSavedTogetherWithMyClient_isSavedNotAnError() {
        desk.store.colleagueDuringSave = RecordState.of("Colour, Fridays", List.of(anna.id()));
        record().add(boris);

        record().save();

        assertEquals(RecordState.of("Colour, Fridays", List.of(anna.id(), boris.id())), portal());
        assertEquals(Tone.SUCCESS, status().tone());
        assertEquals("Saved together with a colleague’s change: changed the note to “Colour, Fridays”.",
                status().text());
        assertFalse(record().dirtyProperty().get());
        assertEquals("Colour, Fridays", record().noteProperty().get());
    }

    @Test
    void myAddUndoneByAColleagueWithinAMinute_isToldWithAddAgain() {
        record().add(boris);
        record().save();
        desk.clock.advance(java.time.Duration.ofSeconds(40));
        desk.store.change(recordId, "Haircut, mornings", anna.id(), acme.id()); // saved over from an older read

        main.poll();

        assertEquals("Your added Boris Klein is gone: a colleague saved over it at 10:30.", status().text());
        assertEquals(List.of("add-again"), status().commandIds());
        record().statusProperty().get().command("add-again").run();
        assertEquals(RecordState.of("Haircut, mornings", List.of(anna.id(), acme.id(), boris.id())), portal());
        assertEquals("Saved: 3 clients", status().text());
    }

    @Test
    void myRemovalUndone_isToldWithRemoveAgain_butNotAfterAMinute() {
        record().remove(anna);
        record().save();
        desk.store.change(recordId, "Haircut, mornings", anna.id());

        main.poll();

        assertEquals("Your removed Anna Petrova is back: a colleague saved over it at 10:30.", status().text());
        record().statusProperty().get().command("remove-again").run();
        assertEquals(RecordState.of("Haircut, mornings", List.of()), portal());

        desk.clock.advance(java.time.Duration.ofMinutes(2));
        desk.store.change(recordId, "Haircut, mornings", anna.id());
        main.poll();
        assertEquals("Updated: a colleague changed this record a moment ago.", status().text());
    }

    @Test
    void myNoteSavedOverWithinAMinute_isToldWithPutMyNoteBack_whichIsASaveLikeAnyOther() {
        record().noteProperty().set("Haircut, evenings");
        record().save();
        desk.clock.advance(java.time.Duration.ofSeconds(20));
        desk.store.change(recordId, "Colour, Fridays", anna.id()); // a colleague's whole write, from an older read

        main.poll();

        assertEquals("Your note is gone: a colleague saved over it at 10:30.", status().text());
        assertEquals(List.of("note-back"), status().commandIds());
        assertEquals("Colour, Fridays", record().noteProperty().get(), "the desk shows what the portal holds");
        record().statusProperty().get().command("note-back").run();
        assertEquals(RecordState.of("Haircut, evenings", List.of(anna.id())), portal());
        assertEquals("Saved: 1 client", status().text());
    }

    @Test
    void putMyNoteBack_afterAnotherChange_isAConflictNotAnOverwrite() {
        record().noteProperty().set("Haircut, evenings");
        record().save();
        desk.store.change(recordId, "Colour, Fridays", anna.id());
        main.poll();
        desk.store.change(recordId, "Colour, Fridays", anna.id(), acme.id()); // and again, unseen

        record().statusProperty().get().command("note-back").run();

        assertEquals(RecordState.of("Colour, Fridays", List.of(anna.id(), acme.id())), portal());
        assertEquals(Tone.WAITING, status().tone());
        assertEquals("Haircut, evenings", record().noteProperty().get(), "my note stays on screen, unsaved");
    }

    @Test
    void myAddSavedOverAndSeenByMyNextSave_isToldThereNotAsAColleaguesRemoval() {
        record().add(boris);
        record().save();
        // a colleague's write from an older read lands inside this desk's next save, which merges it in
        desk.store.colleagueDuringSave = RecordState.of("Haircut, mornings", List.of(anna.id()));
        record().add(acme);

        record().save();

        assertEquals(RecordState.of("Haircut, mornings", List.of(anna.id(), acme.id())), portal());
        assertEquals("Saved together with a colleague’s change: removed Boris Klein. "
                + "Your added Boris Klein is gone: a colleague saved over it at 10:30.", status().text());
        assertEquals(List.of("add-again"), status().commandIds());
        record().statusProperty().get().command("add-again").run();
        assertEquals(RecordState.of("Haircut, mornings", List.of(anna.id(), acme.id(), boris.id())), portal());
    }

    @Test
    void myAddSavedOverAndMetByMyNextSavesCheck_isToldAfterMergeBoth() {
        record().add(boris);
        record().save();
        desk.store.change(recordId, "Haircut, mornings", anna.id()); // saved over, not yet seen
        record().add(acme);
        record().save();
        assertEquals(Tone.WAITING, status().tone(), "the check finds the record changed: the choice opens");

        record().statusProperty().get().command("merge").run();

        assertEquals(RecordState.of("Haircut, mornings", List.of(anna.id(), acme.id())), portal());
        assertEquals("Saved: 2 clients. Your added Boris Klein is gone: a colleague saved over it at 10:30.",
                status().text());
        assertEquals(List.of("add-again"), status().commandIds());
    }

    @Test
    void removingMyOwnRecentAdd_whileAColleagueDidToo_isNotToldAsSavedOver() {
        record().add(boris);
        record().save();
        desk.store.change(recordId, "Haircut, mornings", anna.id(), acme.id()); // saved over from an older read
        record().remove(boris);
        record().save();

        record().statusProperty().get().command("merge").run();

        assertEquals(RecordState.of("Haircut, mornings", List.of(anna.id(), acme.id())), portal());
        assertEquals("Saved: 2 clients", status().text());
    }

    @Test
    void whatIAskedIsWatchedThroughMergeBoth_evenWhenTheColleaguesVersionAlreadyHadIt() {
        desk.store.change(recordId, "Haircut, mornings", anna.id(), boris.id(), acme.id()); // unseen
        record().add(boris);
        record().save();
        record().statusProperty().get().command("merge").run();
        assertEquals("Saved: 3 clients", status().text());
        desk.store.change(recordId, "Haircut, mornings", anna.id(), acme.id()); // saved over from an older read

        main.poll();

        assertEquals("Your added Boris Klein is gone: a colleague saved over it at 10:30.", status().text());
    }

    @Test
    void myAddRemovedByAColleagueInsideMyChainOfChoices_isToldNotMergedAway() {
        // the mechanism of the concurrency benchmark's wipe: my write went in before the store handed the
        // choice over, so the colleague's version the choice starts from already holds my add
        desk.store.change(recordId, "Haircut, mornings", anna.id(), boris.id(), acme.id());
        record().add(boris);
        record().save();
        assertEquals(Tone.WAITING, status().tone());
        desk.store.change(recordId, "Haircut, mornings", anna.id(), acme.id()); // a write from an older read
        status().command("merge").run();
        assertEquals("A colleague changed this record since you opened it: removed Boris Klein. You: no changes. "
                + "Merge both keeps everyone’s changes.", status().text(), "the removal looks like the colleague's");

        status().command("merge").run();

        assertEquals(RecordState.of("Haircut, mornings", List.of(anna.id(), acme.id())), portal());
        assertEquals("Saved: 2 clients. Your added Boris Klein is gone: a colleague saved over it at 10:30.",
                status().text());
        status().command("add-again").run();
        assertEquals(RecordState.of("Haircut, mornings", List.of(anna.id(), acme.id(), boris.id())), portal());
    }

    @Test
    void myAddPutBackByAColleagueAndSavedOverAgain_isToldAgain() {
        record().add(boris);
        record().save();
        desk.store.change(recordId, "Haircut, mornings", anna.id());
        main.poll();
        assertEquals("Your added Boris Klein is gone: a colleague saved over it at 10:30.", status().text());
        desk.store.change(recordId, "Haircut, mornings", anna.id(), boris.id()); // a colleague's merge put it back
        main.poll();
        desk.store.change(recordId, "Haircut, mornings", anna.id(), acme.id()); // and another write went over it

        main.poll();

        assertEquals("Your added Boris Klein is gone: a colleague saved over it at 10:30.", status().text());
        assertEquals(List.of("add-again"), status().commandIds());
    }

    @Test
    void anUnansweredNotice_staysThroughTheNextQuietRefresh() {
        record().add(boris);
        record().save();
        desk.store.change(recordId, "Haircut, mornings", anna.id());
        main.poll();
        desk.store.change(recordId, "Colour", anna.id()); // a colleague's next change, the notice still unanswered

        main.poll();

        assertEquals("Your added Boris Klein is gone: a colleague saved over it at 10:30.", status().text());
        assertEquals("Colour", record().noteProperty().get());
        record().statusProperty().get().command("add-again").run();
        assertEquals(RecordState.of("Colour", List.of(anna.id(), boris.id())), portal());
    }

    @Test
    void aMomentAgoAges_whileTheNoticeShows() {
        // given the live refresh followed a colleague's change at 10:30
        desk.store.change(recordId, "Colour", anna.id());
        main.poll();
        assertEquals("Updated: a colleague changed this record a moment ago.", status().text());

        // when two minutes pass, then more than an hour
        desk.clock.advance(java.time.Duration.ofMinutes(2));
        desk.runScheduled(true);
        assertEquals("Updated: a colleague changed this record 2 min ago.", status().text());
        desk.clock.advance(java.time.Duration.ofMinutes(70));
        desk.runScheduled(true);
        // then the time reads as it aged: from an hour on, the time of day (the desk's clock is UTC)
        assertEquals("Updated: a colleague changed this record at 10:30.", status().text());
    }

    @Test
    void aLiveRefreshDuringAConflictKeepsTheChoiceOpen() {
        desk.store.change(recordId, "Haircut, mornings", anna.id(), acme.id());
        record().add(boris);
        record().save();

        main.poll();

        assertEquals(List.of("merge", "keep-mine", "take-theirs"), status().commandIds());
    }

    @Test
    void keepMineAndTakeTheirs() {
        desk.store.change(recordId, "Colour", anna.id());
        record().remove(anna);
        record().save();
        assertEquals("A colleague changed this record since you opened it: changed the note to “Colour”. You: removed "
                + "Anna Petrova. Merge both keeps everyone’s changes.", status().text());

        // Take theirs shows the colleague's version and writes nothing
        record().statusProperty().get().command("take-theirs").run();
        assertEquals("Colour", record().noteProperty().get());
        assertEquals(List.of(anna), record().picks());
        assertFalse(record().dirtyProperty().get());

        // Keep mine, after another round, writes this desk's version over the one it has now seen
        record().remove(anna);
        desk.store.change(recordId, "Colour", anna.id(), boris.id());
        record().save();
        record().statusProperty().get().command("keep-mine").run();
        assertEquals(RecordState.of("Colour", List.of()), portal());
    }

    @Test
    void bothChangedTheNoteDifferently_noMergeOffered() {
        desk.store.change(recordId, "Colour, Tuesdays", anna.id());
        record().noteProperty().set("Haircut, evenings");
        record().save();

        assertEquals(List.of("both-notes", "keep-mine", "take-theirs"), status().commandIds());
        assertTrue(status().text().contains("You both changed the note"));
        assertEquals("Colour, Tuesdays", portal().note());
    }

    @Test
    void bothChangedTheNote_bothNotesIsTheDefault_mineThenTheirs_andCtrlZTakesItBack() {
        // given a colleague changed the note while this desk changed it too and added Boris
        desk.store.change(recordId, "Colour, Tuesdays", anna.id());
        record().noteProperty().set("Haircut, evenings");
        record().add(boris);
        record().save();
        assertEquals(List.of("both-notes", "keep-mine", "take-theirs"), status().commandIds());

        // when the receptionist takes the default, Both notes
        record().statusProperty().get().command("both-notes").run();

        // then the portal holds my note, a line, their note, and my client too
        assertEquals(RecordState.of("Haircut, evenings\n———\nColour, Tuesdays", List.of(anna.id(), boris.id())),
                portal());
        assertEquals("Haircut, evenings\n———\nColour, Tuesdays", record().noteProperty().get());
        assertTrue(status().offers("undo"));

        // and Undo puts the colleague's version back and my unsaved version on screen, with the choice again
        record().undo();
        assertEquals(RecordState.of("Colour, Tuesdays", List.of(anna.id())), portal());
        assertEquals("Haircut, evenings", record().noteProperty().get());
        assertEquals(List.of(anna, boris), record().picks());
        assertTrue(record().dirtyProperty().get());
        assertEquals(Tone.WAITING, status().tone());
        assertEquals(List.of("both-notes", "keep-mine", "take-theirs"), status().commandIds());

        // and choosing again works on the colleague's version
        record().statusProperty().get().command("keep-mine").run();
        assertEquals(RecordState.of("Haircut, evenings", List.of(anna.id(), boris.id())), portal());
    }

    @Test
    void everyConflictChoiceCanBeUndone_restoringMyPicksAndNote() {
        for (String choice : List.of("merge", "keep-mine", "take-theirs")) {
            // given a colleague added Acme while this desk removed Anna and added Boris
            desk.store.change(recordId, "Haircut, mornings", anna.id(), acme.id());
            record().remove(anna);
            record().add(boris);
            record().save();
            assertEquals(Tone.WAITING, status().tone(), choice);

            // when the receptionist chooses, then undoes the choice
            status().command(choice).run();
            assertTrue(status().offers("undo"), choice + ": " + status());
            record().undo();

            // then the portal holds the colleague's version, and my picks are back, unsaved, with the choice open
            assertEquals(RecordState.of("Haircut, mornings", List.of(anna.id(), acme.id())), portal(), choice);
            assertEquals(List.of(boris), record().picks(), choice);
            assertEquals(List.of("merge", "keep-mine", "take-theirs"), status().commandIds());

            // back to the start for the next choice
            record().statusProperty().get().command("take-theirs").run();
            desk.store.change(recordId, "Haircut, mornings", anna.id());
            main.poll();
            assertEquals(List.of(anna), record().picks(), choice);
        }
    }

    @Test
    void undoRestoresWhatTheRecordHeldBefore_unlessAColleagueChangedItSince() {
        record().add(boris);
        record().save();
        assertTrue(record().canUndoProperty().get());

        record().undo();

        assertEquals(RecordState.of("Haircut, mornings", List.of(anna.id())), portal());
        assertEquals(List.of(anna), record().picks());
        assertTrue(status().text().startsWith("Undone"), status().text());
        assertFalse(record().canUndoProperty().get());

        // a second save, then a colleague's change: Undo is a conflict, not an overwrite
        record().add(acme);
        record().save();
        desk.store.change(recordId, "Haircut, mornings", anna.id(), acme.id(), boris.id());
        record().undo();
        assertEquals(Tone.WAITING, status().tone());
        assertEquals(3, portal().clients().size());
    }

    @Test
    void aDeletedRecordKeepsThePicks_andOffersANewRecordWithThem() {
        // given Boris is picked, then a colleague deletes the record
        record().add(boris);
        desk.store.records.remove(recordId);

        // when saving
        record().save();

        // then the record is marked deleted, Save is off, and the picks stay
        assertTrue(record().goneProperty().get());
        assertFalse(record().canSaveProperty().get());
        assertEquals(List.of("recreate", "discard"), status().commandIds());
        assertEquals(List.of(anna, boris), record().picks());
        assertTrue(main.rows().get(0).gone());

        // and a refresh keeps it listed as deleted, still open with its picks
        main.refresh();
        assertEquals(1, main.rows().size());
        assertTrue(main.rows().get(0).gone());
        assertEquals(List.of(anna, boris), record().picks());

        // and Create a new record with these clients makes one and opens it
        record().statusProperty().get().command("recreate").run();
        long newId = record().id();
        assertNotEquals(recordId, newId);
        assertEquals(RecordState.of("Haircut, mornings", List.of(anna.id(), boris.id())),
                desk.store.records.get(newId));
        assertEquals(1, main.rows().size());
        assertTrue(desk.drafts.get(recordId).isEmpty());
    }

    @Test
    void revertAsksAndThenShowsWhatThePortalHolds() {
        record().add(boris);
        record().noteProperty().set("changed");

        desk.confirmAnswer = false;
        record().revert();
        assertTrue(record().dirtyProperty().get());

        desk.confirmAnswer = true;
        record().revert();
        assertEquals(List.of(anna), record().picks());
        assertEquals("Haircut, mornings", record().noteProperty().get());
        assertFalse(record().dirtyProperty().get());
        assertTrue(desk.drafts.get(recordId).isEmpty());
    }

    @Test
    void aColleaguesChangeSeenByTheLiveRefresh_isANoticeWhileEditing_andFollowedOtherwise() {
        // given the receptionist is typing a note
        record().noteProperty().set("Haircut, mor");
        desk.store.change(recordId, "Haircut, mornings", anna.id(), acme.id());

        // when the live refresh runs
        main.poll();

        // then the typing stays, and a quiet notice offers Reload or Keep editing
        assertEquals("Haircut, mor", record().noteProperty().get());
        assertEquals("Changed by a colleague a moment ago: added Acme GmbH. Your unsaved changes are still here.",
                status().text());
        assertEquals(List.of("reload", "keep-editing"), status().commandIds());

        // and an untouched record simply follows
        record().statusProperty().get().command("keep-editing").run();
        desk.confirmAnswer = true;
        record().revert();
        desk.store.change(recordId, "Haircut, mornings", boris.id());
        main.poll();
        assertEquals(List.of(boris), record().picks());
        assertFalse(record().dirtyProperty().get());
    }

    @Test
    void noConnectionOffersRetryWhichSavesTheSamePicks() {
        record().add(boris);
        desk.store.failNext = new Failure.Offline(new Evidence("", "Connection refused", 0));

        record().save();

        assertEquals(List.of("retry"), status().commandIds());
        assertTrue(status().text().startsWith("No connection to Bitrix24"));
        assertTrue(status().text().endsWith("Your picks are kept, unsaved."));

        record().statusProperty().get().command("retry").run();

        assertEquals("Saved: 2 clients", status().text());
    }

    @Test
    void aWrongWebhookPointsToTheSettings() {
        record().add(boris);
        desk.store.failNext = new Failure.NotAllowed(new Evidence("NO_AUTH_FOUND", "Wrong authorization data", 401));

        record().save();
        status().commands().get(0).run();

        assertEquals(1, desk.settingsOpened);
        assertEquals(List.of(anna, boris), record().picks());
    }

    @Test
    void aRefusedSaveSaysSoWithTheCode() {
        record().add(boris);
        desk.store.failNext = new Failure.Refused(new Evidence("0", "Required fields: clients", 400));

        record().save();

        assertTrue(status().text().startsWith("Bitrix24 did not accept"));
        assertEquals("Bitrix24 code 0 · Required fields: clients", status().detail());
    }

    @Test
    void anErrorInTheWorkEndsTheBusyState() {
        record().add(boris);
        desk.store.errorNext = new StackOverflowError();

        record().save();

        assertFalse(record().savingProperty().get());
        assertTrue(status().text().startsWith("Something went wrong in Waitlist Desk"), status().text());
    }

    @Test
    void editingTheNoteSavesItToo() {
        record().noteProperty().set("Haircut, afternoons");
        record().save();

        assertEquals("Haircut, afternoons", portal().note());
        assertEquals("Haircut, afternoons", main.rows().get(0).note());
    }

    @Test
    void addingTheSameClientTwiceIsRefused() {
        assertFalse(record().add(anna));
        assertEquals(1, record().picks().size());
    }
}
