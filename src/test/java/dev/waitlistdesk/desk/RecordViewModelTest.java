package dev.waitlistdesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.bitrix.RestException.Kind;
import dev.waitlistdesk.booking.ClientRef;
import dev.waitlistdesk.crm.CrmParty;
import dev.waitlistdesk.desk.Status.NextStep;
import dev.waitlistdesk.desk.Status.Tone;
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
    CrmParty anna;
    CrmParty boris;
    CrmParty acme;
    long recordId;

    @BeforeEach
    void openRecordWithAnna() {
        desk = new TestDesk(dir);
        anna = desk.crm.contact(1, "Anna Petrova", "+49 30 1111");
        boris = desk.crm.contact(2, "Boris Klein", "+49 30 2222");
        acme = desk.crm.company(7, "Acme GmbH");
        recordId = desk.api.put("Haircut, mornings", ClientRef.contact(1));
        main = new MainViewModel(desk.ctx, true);
        main.refresh();
        main.open(main.rows().get(0));
    }

    RecordViewModel record() {
        return main.currentProperty().get();
    }

    @Test
    void nothingChangedMeansNothingToSave() {
        // given a freshly opened record
        // then Save is off and the picks are the server's
        assertFalse(record().canSaveProperty().get());
        assertEquals(List.of(anna), record().picks());
    }

    @Test
    void savingSendsTheFullListAndShowsWhatTheServerHolds() {
        // given Boris and Acme are added
        record().add(boris);
        record().add(acme);
        assertTrue(record().canSaveProperty().get());

        // when the receptionist saves
        record().save();

        // then the server holds all three, the status says so, and nothing is left unsaved
        assertEquals(List.of(ClientRef.contact(1), ClientRef.contact(2), ClientRef.company(7)),
                desk.api.clients.get(recordId));
        assertEquals("Saved: 3 clients", record().statusProperty().get().text());
        assertFalse(record().dirtyProperty().get());
        assertFalse(record().canSaveProperty().get());
        assertTrue(desk.drafts.get(recordId).isEmpty());
        assertEquals("Anna Petrova, Boris Klein, Acme GmbH", main.rows().get(0).clientNames());
    }

    @Test
    void whileSavingSaveIsOffAndTheStatusSaysSaving() {
        // given a change and a slow server
        record().add(boris);
        desk.holdWork = true;

        // when saving starts
        record().save();

        // then the window shows the spinner state and Save is disabled
        assertTrue(record().savingProperty().get());
        assertFalse(record().canSaveProperty().get());
        assertEquals("Saving…", record().statusProperty().get().text());
        assertEquals(Tone.BUSY, record().statusProperty().get().tone());

        // and when the server answers, it is saved
        desk.releaseWork();
        assertEquals("Saved: 2 clients", record().statusProperty().get().text());
    }

    @Test
    void aServerThatAppendsIsClearedAndSetSoTheRecordEndsAsChosen() {
        // given a portal whose client.set appends, and Anna replaced by Boris
        desk.api.setAppends = true;
        record().remove(anna);
        record().add(boris);

        // when saved
        record().save();

        // then the record holds Boris only, after unset and a second set
        assertEquals(List.of(ClientRef.contact(2)), desk.api.clients.get(recordId));
        assertEquals(List.of(boris), record().picks());
        assertEquals("Saved: 1 client", record().statusProperty().get().text());
        assertTrue(desk.api.calls.contains("unsetClients"));
    }

    @Test
    void removingEveryClientUnsetsTheRecord() {
        record().remove(anna);
        record().save();

        assertEquals(List.of(), desk.api.clients.get(recordId));
        assertEquals("Saved: no clients", record().statusProperty().get().text());
    }

    @Test
    void aDeletedRecordKeepsThePicksAndOffersToRefreshTheList() {
        // given Boris is picked, then a colleague deletes the record
        record().add(boris);
        desk.api.records.remove(recordId);

        // when saving
        record().save();

        // then the message explains it, offers Refresh list, and the picks stay unsaved
        Status status = record().statusProperty().get();
        assertTrue(status.text().startsWith("This record no longer exists"), status.text());
        assertEquals(NextStep.REFRESH_LIST, status.nextStep());
        assertEquals("Bitrix24 code 1040 · Wait list not found", status.detail());
        assertEquals(List.of(anna, boris), record().picks());
        assertTrue(record().dirtyProperty().get());
        assertTrue(desk.drafts.get(recordId).isPresent());

        // and Refresh list reloads the waitlist without the record, keeping the picks on screen
        record().runNextStep();
        assertTrue(main.rows().isEmpty());
        assertEquals(List.of(anna, boris), record().picks());
    }

    @Test
    void noConnectionOffersRetryWhichSavesTheSamePicks() {
        record().add(boris);
        desk.api.failNext = new RestException(Kind.NETWORK, "booking.v1.waitlist.client.set", 0, "",
                "Connection refused");

        record().save();

        assertEquals(NextStep.RETRY, record().statusProperty().get().nextStep());
        assertTrue(record().statusProperty().get().text().startsWith("No connection to Bitrix24"));
        assertTrue(record().canSaveProperty().get());

        record().runNextStep();

        assertEquals("Saved: 2 clients", record().statusProperty().get().text());
    }

    @Test
    void aRateLimitWaitsAndRetriesByItself() {
        record().add(boris);
        desk.api.failNext = new RestException(Kind.RATE_LIMITED, "batch", 503, "QUERY_LIMIT_EXCEEDED",
                "Too many requests");

        record().save();

        assertEquals(Tone.WAITING, record().statusProperty().get().tone());
        assertTrue(record().statusProperty().get().text().contains("will try again"));
        assertEquals(RecordViewModel.RATE_LIMIT_WAIT, desk.scheduled.get(0).delay());

        desk.runScheduled();

        assertEquals("Saved: 2 clients", record().statusProperty().get().text());
    }

    @Test
    void aWrongWebhookPointsToTheSettings() {
        record().add(boris);
        desk.api.failNext = new RestException(Kind.AUTH, "booking.v1.waitlist.client.set", 401, "NO_AUTH_FOUND",
                "Wrong authorization data");

        record().save();
        record().runNextStep();

        assertEquals(NextStep.OPEN_SETTINGS, record().statusProperty().get().nextStep());
        assertEquals(1, desk.settingsOpened);
        assertEquals(List.of(anna, boris), record().picks());
    }

    @Test
    void aRefusedListSaysSoWithTheCode() {
        record().add(boris);
        desk.api.failNext = new RestException(Kind.INVALID_REQUEST, "booking.v1.waitlist.client.set", 400, "0",
                "Required fields: clients");

        record().save();

        assertTrue(record().statusProperty().get().text().startsWith("Bitrix24 did not accept"));
        assertEquals("Bitrix24 code 0 · Required fields: clients", record().statusProperty().get().detail());
    }

    @Test
    void editingTheNoteSavesItToo() {
        record().noteProperty().set("Haircut, afternoons");
        record().save();

        assertEquals("Haircut, afternoons", desk.api.records.get(recordId).note());
        assertEquals("Haircut, afternoons", main.rows().get(0).note());
    }

    @Test
    void addingTheSameClientTwiceIsRefused() {
        assertFalse(record().add(anna));
        assertEquals(1, record().picks().size());
    }
}
