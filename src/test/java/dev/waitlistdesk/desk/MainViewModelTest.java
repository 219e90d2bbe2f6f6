package dev.waitlistdesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.booking.ClientRef;
import dev.waitlistdesk.crm.CrmParty;
import dev.waitlistdesk.desk.Status.NextStep;
import java.nio.file.Path;
import java.time.LocalDate;
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
        older = desk.api.put("Haircut", ClientRef.contact(1));
        newer = desk.api.put("Massage", ClientRef.company(7), ClientRef.contact(1));
        main = new MainViewModel(desk.ctx, false);
        main.refresh();
    }

    @Test
    void listShowsNewestFirstWithClientNamesFromBatchedCalls() {
        assertEquals(List.of(newer, older), main.rows().stream().map(WaitlistRow::id).toList());
        assertEquals("Acme GmbH, Anna Petrova", main.rows().get(0).clientNames());
        // one list, one batched client.list, no call per record
        assertEquals(List.of("list", "clientsOf"), desk.api.calls);
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
        desk.api.calls.clear();
        main.createdFromProperty().set(LocalDate.of(2026, 5, 10));
        desk.api.calls.clear();
        main.createdToProperty().set(LocalDate.of(2026, 5, 1));

        assertTrue(main.listStatusProperty().get().text().startsWith("The end date is before"));
        assertEquals(List.of(), desk.api.calls);
    }

    @Test
    void unsavedPicksSurviveSwitchingRecords() {
        main.open(main.rows().get(1));
        RecordViewModel first = main.currentProperty().get();
        CrmParty acme = desk.crm.parties.values().stream().filter(p -> p.name().startsWith("Acme")).findFirst()
                .orElseThrow();
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
        main.currentProperty().get().add(desk.crm.parties.values().stream()
                .filter(p -> p.name().startsWith("Boris")).findFirst().orElseThrow());

        // a new window on the same drafts file, as after a crash
        TestDesk again = new TestDesk(dir);
        again.api.records.putAll(desk.api.records);
        again.api.clients.putAll(desk.api.clients);
        again.crm.parties.putAll(desk.crm.parties);
        MainViewModel restarted = new MainViewModel(again.ctx, false);
        restarted.refresh();
        restarted.open(restarted.rows().get(1));

        RecordViewModel record = restarted.currentProperty().get();
        assertEquals(List.of("Anna Petrova", "Boris Klein"), record.picks().stream().map(CrmParty::name).toList());
        assertTrue(record.dirtyProperty().get());
        assertTrue(record.statusProperty().get().text().startsWith("Your unsaved changes"));
    }

    @Test
    void draftsOfRecordsThatAreGoneAreForgottenOnAFullRefresh() {
        desk.drafts.put(999, new dev.waitlistdesk.settings.DraftStore.Draft("gone", List.of()));

        main.refresh();

        assertTrue(desk.drafts.get(999).isEmpty());
    }

    @Test
    void aFullPageSaysThatSomeRecordsMayBeMissing() {
        for (int i = desk.api.records.size(); i < MainViewModel.ONE_PAGE; i++) {
            desk.api.put("Record " + i);
        }
        desk.drafts.put(999, new dev.waitlistdesk.settings.DraftStore.Draft("maybe on page 2", List.of()));

        main.refresh();

        assertEquals("Bitrix24 sent 50 records, the most it sends at once: some may be missing. "
                + "Narrow the created dates to see them.", main.listStatusProperty().get().text());
        assertTrue(desk.drafts.get(999).isPresent(), "a record beyond the first page keeps its draft");
    }

    @Test
    void createAsksForANoteAndOpensTheNewRecord() {
        desk.noteAnswer = Optional.of("Manicure");

        main.createRecord();

        assertEquals("Manicure", main.rows().get(0).note());
        assertEquals(main.rows().get(0).id(), main.currentProperty().get().id());
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
    void aListThatCannotLoadOffersRetry() {
        desk.api.failNext = new RestException(RestException.Kind.NETWORK, "booking.v1.waitlist.list", 0, "", "");

        main.refresh();

        assertEquals(NextStep.RETRY, main.listStatusProperty().get().nextStep());
        main.runListNextStep();
        assertEquals(Status.NONE, main.listStatusProperty().get());
    }
}
