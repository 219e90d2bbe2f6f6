package dev.waitlistdesk.desk.search;

import dev.waitlistdesk.desk.common.TestDesk;
import dev.waitlistdesk.desk.list.MainViewModel;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.NewContact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientSearchViewModelTest {

    @TempDir
    Path dir;
    TestDesk desk;
    MainViewModel main;
    ClientSearchViewModel search;

    @BeforeEach
    void openRecord() {
        desk = new TestDesk(dir);
        desk.crm.contact(1, "Anna Petrova", "+49 30 1111");
        desk.crm.contact(2, "Annika Berg", "+49 30 2222");
        desk.crm.company(7, "Annex Studio");
        desk.store.put("Haircut", ClientId.contact(1));
        main = desk.wiring.main(false);
        main.refresh();
        main.open(main.rows().get(0));
        search = main.search();
    }

    private void type(String text) {
        for (int i = 1; i <= text.length(); i++) {
            search.queryProperty().set(text.substring(0, i));
        }
    }

    @Test
    void typingFastCostsOneRequest() {
        type("Anni");
        desk.runScheduled();

        assertEquals(List.of("Anni"), desk.crm.searches);
        assertEquals(List.of("Annika Berg"), search.results().stream().map(Client::name).toList());
    }

    @Test
    void aNewLetterStopsTheSearchStillOnItsWay() {
        // given a search sent after a pause, its answer not back yet
        desk.holdWork = true;
        type("Ann");
        desk.runScheduled();
        assertEquals(1, desk.heldWork.size());

        // when the receptionist types on
        search.queryProperty().set("Anni");

        // then that search is cancelled (its HTTP call stopped), and only the pause after "Anni" searches
        assertEquals(0, desk.heldWork.size());
        desk.runScheduled();
        desk.releaseWork();
        assertEquals(List.of("Anni"), desk.crm.searches);
        assertEquals(300, ClientSearchViewModel.DEBOUNCE.toMillis(), "a search after each 300 ms pause at most");
    }

    @Test
    void enterBeforeTheSuggestionsAddsTheOneClientTheyFind() {
        // when a whole name is typed and Enter pressed at once, before the search has even gone out
        type("Annika");
        search.addHighlighted();
        desk.runScheduled();

        // then the one client it finds is added, as Enter on the suggestion would have
        assertEquals(List.of("Anna Petrova", "Annika Berg"), names());
        assertEquals("Annika Berg added. Save to keep it.", search.messageProperty().get());
    }

    @Test
    void aSaveRightAfterAnEarlyEnterWaitsForItsClient() {
        // when a name, Enter and Ctrl+S are typed at once, before the search has gone out
        type("Annika");
        search.addHighlighted();
        List<String> saved = new ArrayList<>();
        search.afterWaitingEnter(() -> saved.add(String.join(", ", names())));
        assertEquals(List.of(), saved, "the save waits for the Enter's client");
        desk.runScheduled();

        // then the save goes once Annika is added, with her
        assertEquals(List.of("Anna Petrova, Annika Berg"), saved);
        List<String> now = new ArrayList<>();
        search.afterWaitingEnter(() -> now.add("saved"));
        assertEquals(List.of("saved"), now, "with no Enter waiting, a save goes at once");
    }

    @Test
    void enterBeforeTheSuggestionsAddsNoneOfSeveralUnseen_andSaysToChoose() {
        type("Ann");
        search.addHighlighted();
        desk.runScheduled();

        assertEquals(List.of("Anna Petrova"), names());
        assertEquals(3, search.results().size());
        assertEquals("Several clients match \u201cAnn\u201d: choose one with \u2191 \u2193, then Enter adds it.",
                search.messageProperty().get());
    }

    @Test
    void typingOnAfterAnEarlyEnterWithdrawsIt() {
        type("Ann");
        search.addHighlighted();
        search.queryProperty().set("Anni"); // the receptionist had not finished
        desk.runScheduled();

        assertEquals(List.of("Annika Berg"), search.results().stream().map(Client::name).toList());
        assertEquals(List.of("Anna Petrova"), names(), "offered, not added");
    }

    @Test
    void oneLetterDoesNotSearch() {
        type("A");
        desk.runScheduled();
        assertEquals(List.of(), desk.crm.searches);
    }

    @Test
    void aStaleAnswerIsDropped() {
        // given the answer to "Ann" is still on its way when the query changes
        desk.holdWork = true;
        type("Ann");
        desk.runScheduled();
        search.queryProperty().set("Annex");
        desk.runScheduled();

        // when both answers arrive, the older last
        desk.releaseWork();

        // then only the answer to the current query is shown
        assertEquals(List.of("Annex Studio"), search.results().stream().map(Client::name).toList());
    }

    @Test
    void contactsAndCompaniesComeTogetherAndArrowsPickTheHighlighted() {
        type("Ann");
        desk.runScheduled();
        assertEquals(3, search.results().size());
        assertEquals(0, search.highlightedProperty().get());

        search.moveHighlight(1);
        search.moveHighlight(1);
        search.moveHighlight(1);
        search.addHighlighted();

        assertEquals(List.of("Anna Petrova", "Annex Studio"),
                main.currentProperty().get().picks().stream().map(Client::name).toList());
        assertEquals("", search.queryProperty().get());
        assertEquals("Annex Studio added. Save to keep it.", search.messageProperty().get());
    }

    @Test
    void noMatchSaysSo() {
        type("Zoe");
        desk.runScheduled();
        assertEquals("No contact or company matches “Zoe”.", search.messageProperty().get());
    }

    @Test
    void someoneNewBecomesAContactOnTheRecord() {
        type("Zoe Quinn");
        desk.contactAnswer = Optional.of(new NewContact("Zoe", "Quinn", "+49 30 9999", ""));

        search.addNewContact();

        assertEquals(new NewContact("Zoe", "Quinn", "", ""), desk.lastContactPrefill);
        assertEquals("Zoe Quinn", main.currentProperty().get().picks().get(1).name());
    }

    @Test
    void aNewContactWithAKnownPhone_offersTheExistingContactFirst() {
        // given the receptionist enters "Anne Berg" with Annika Berg's phone, written differently
        type("Anne Berg");
        desk.contactAnswer = Optional.of(new NewContact("Anne", "Berg", "+4930 2222", ""));

        // when adding her as a new contact, and the existing contact is chosen (the first answer)
        search.addNewContact();

        // then the desk asked, naming who has that phone, with Use the existing contact first
        assertEquals(List.of("Bitrix24 already has a contact with this phone number or e-mail: Annika Berg "
                + "(+49 30 2222). Use the existing contact, so the person is not entered twice, or create a new "
                + "contact anyway. [_Use the existing contact, Create _anyway]"), desk.informed);
        // and Annika is on the record; the CRM has no second person
        assertEquals(List.of("Anna Petrova", "Annika Berg"), names());
        assertEquals(3, desk.crm.clients.size());

        // when the same is entered again on another record and Create anyway is chosen
        main.currentProperty().get().remove(desk.crm.clients.get(ClientId.contact(2)));
        desk.chooseAnswer = 1;
        search.addNewContact();

        // then a new contact is made and added
        assertEquals(List.of("Anna Petrova", "Anne Berg"), names());
        assertEquals(4, desk.crm.clients.size());
    }

    @Test
    void aNewContactNobodyHas_isCreatedWithoutAQuestion() {
        desk.contactAnswer = Optional.of(new NewContact("Zoe", "Quinn", "+49 30 9999", "zoe@example.com"));

        search.addNewContact();

        assertEquals(List.of(), desk.informed);
        assertEquals(List.of("Anna Petrova", "Zoe Quinn"), names());
    }

    private List<String> names() {
        return main.currentProperty().get().picks().stream().map(Client::name).toList();
    }

    @Test
    void saveToKeepItIsSaidOnlyWhileSaveWouldKeepIt() {
        // given Annika was added: Save keeps her
        type("Annika");
        desk.runScheduled();
        search.addHighlighted();
        assertEquals("Annika Berg added. Save to keep it.", search.messageProperty().get());

        // when a colleague changed the record and the save meets a conflict choice
        long id = main.currentProperty().get().id();
        desk.store.change(id, "Colour", ClientId.contact(1));
        main.currentProperty().get().save();

        // then the message no longer sends the receptionist to Save
        assertEquals("Annika Berg added.", search.messageProperty().get());

        // and a record deleted meanwhile (a 1040) says no more than that either
        main.currentProperty().get().statusProperty().get().command("take-theirs").run();
        type("Annika");
        desk.runScheduled();
        search.addHighlighted();
        assertEquals("Annika Berg added. Save to keep it.", search.messageProperty().get());
        desk.store.records.remove(id);
        main.currentProperty().get().save();
        assertEquals("Annika Berg added.", search.messageProperty().get());
    }

    @Test
    void prefillRecognisesPhonesAndEmails() {
        assertEquals(new NewContact("", "", "+49 30 12345", ""), ClientSearchViewModel.prefill("+49 30 12345"));
        assertEquals(new NewContact("", "", "", "zoe@example.com"), ClientSearchViewModel.prefill("zoe@example.com"));
        assertEquals(new NewContact("Mary Ann", "Lee", "", ""), ClientSearchViewModel.prefill("Mary Ann Lee"));
        assertEquals(new NewContact("Jan", "Kowalski", "", "jan@example.pl"),
                ClientSearchViewModel.prefill("Jan Kowalski <jan@example.pl>"));
        assertEquals(new NewContact("Mary Ann", "Lee", "", "mary@example.com"),
                ClientSearchViewModel.prefill("\"Lee, Mary Ann\" <mary@example.com>"));
    }

    @Test
    void anAddressOrNumberCopiedFromAMailOrALinkIsLookedUpAlone() {
        type("Anna Petrova <anna@example.org>");
        desk.runScheduled();
        search.queryProperty().set("tel:+49301111");
        desk.runScheduled();

        assertEquals(List.of("anna@example.org", "+49301111"), desk.crm.searches);
        assertEquals(new NewContact("", "", "", "zoe@example.com"), ClientSearchViewModel.prefill("mailto:zoe@example.com"));
        assertEquals(new NewContact("", "", "+49 30 12345", ""), ClientSearchViewModel.prefill("Tel: +49\u00A030 12345"));
    }

    @Test
    void onlyTheKindsThePortalListsAreOffered() {
        // given a portal whose waitlist takes contacts only
        search.useKinds(List.of(ClientId.Kind.CONTACT));

        type("Ann");
        desk.runScheduled();

        assertEquals(List.of("Anna Petrova", "Annika Berg"), search.results().stream().map(Client::name).toList());
    }

    @Test
    void aPortalThatListsNoKindsIsOfferedBoth() {
        search.useKinds(List.of());

        type("Ann");
        desk.runScheduled();

        assertEquals(3, search.results().size());
    }

    @Test
    void addedSaysNothingOnceSomeoneElseIsRemoved() {
        // given "Annex Studio added."
        type("Annex");
        desk.runScheduled();
        search.addHighlighted();
        assertEquals("Annex Studio added. Save to keep it.", search.messageProperty().get());

        // when another client is removed, the sentence no longer describes the screen
        RecordViewModel record = main.currentProperty().get();
        record.remove(record.picks().get(0));

        assertEquals("", search.messageProperty().get());
    }
}
