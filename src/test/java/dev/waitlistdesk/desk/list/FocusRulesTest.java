package dev.waitlistdesk.desk.list;

import static dev.waitlistdesk.desk.common.Ui.eventually;
import static dev.waitlistdesk.desk.common.Ui.openRecord;
import static dev.waitlistdesk.desk.common.Ui.showsText;
import static dev.waitlistdesk.desk.common.Ui.text;
import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.matcher.base.NodeMatchers.isFocused;
import static org.testfx.matcher.base.NodeMatchers.isNotNull;

import dev.waitlistdesk.desk.common.DeskFixture;
import dev.waitlistdesk.desk.common.Ui;
import dev.waitlistdesk.desk.common.WaitlistRow;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Where the keyboard lands: dialogs, the quick filter, after create, delete and a connection test. */
class FocusRulesTest {

    @RegisterExtension
    final DeskFixture desk = DeskFixture.inEnglish();

    private static boolean focused(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isFocused).orElse(false);
    }

    /**
     * Monocle gives a new window no keyboard focus of its own (a window manager does): a click on the
     * dialog's header, which takes no focus, activates it without moving the focus inside it.
     */
    private static void activateDialog(FxRobot robot) {
        robot.clickOn(robot.lookup(".dialog-pane .header-panel").<Node>query());
    }

    private static void escapeTheNewRecord(FxRobot robot) {
        robot.type(KeyCode.ESCAPE);
        waitUntil("the dialog closes", () -> robot.lookup("#newRecordNote").tryQuery().isEmpty());
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
    }

    @SuppressWarnings("unchecked")
    private static TableView<WaitlistRow> table(FxRobot robot) {
        return robot.lookup("#waitlistTable").queryAs(TableView.class);
    }

    @Test
    void aNewRecordTakesItsNoteFromTheFirstKeystrokeAndIsShownEvenUnderAFilter(FxRobot robot) {
        // given the list, with the quick filter focused from the start and narrowing it to one record
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        eventually("#quickFilter", isFocused());
        robot.write("Massage");
        waitUntil("the filter", () -> desk.main.rows().size() == 1);

        // when Ctrl+N opens the dialog and a stray Space and Enter come first
        press(robot, KeyCode.CONTROL, KeyCode.N);
        eventually("#newRecordNote", isFocused());
        activateDialog(robot);
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);

        // then nothing is created: the space is in the note, and Create waits for a real note
        assertEquals(" ", text(robot, "#newRecordNote"));
        assertTrue(robot.lookup("Create").query().isDisabled());

        // when the note is written and Enter pressed
        robot.write("Pedicure").type(KeyCode.ENTER);

        // then the record is created, the filter that would hide it is cleared, it is selected and open,
        // and the next keystroke goes to its client search
        waitUntil("the new record is open", () -> desk.main.currentProperty().get() != null
                && "Pedicure".equals(desk.main.currentProperty().get().noteProperty().get()));
        assertEquals("", text(robot, "#quickFilter"));
        waitUntil("it is selected", () -> table(robot).getSelectionModel().getSelectedItem() != null
                && table(robot).getSelectionModel().getSelectedItem().id() == desk.main.currentProperty().get().id());
        eventually("#searchField", isFocused());
    }

    @Test
    void keysTypedRightAfterCtrlNLandInTheNoteInOrder(FxRobot robot) {
        // given the list, focus in the quick filter
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        eventually("#quickFilter", isFocused());

        // when Ctrl+N is followed at once by typing, before the dialog has the keyboard (Monocle
        // never gives it the keyboard by itself: every key goes to the main window, as in the
        // moment before a window manager focuses the dialog)
        press(robot, KeyCode.CONTROL, KeyCode.N);
        robot.write("Walk-in, wants Friday");

        // then every character is in the note, in order, and nothing reached the list behind it
        eventually("#newRecordNote", showsText("Walk-in, wants Friday"));
        assertEquals("", text(robot, "#quickFilter"));
        activateDialog(robot);
        robot.write("!");
        eventually("#newRecordNote", showsText("Walk-in, wants Friday!"));
        escapeTheNewRecord(robot);
    }

    @Test
    void keysTypedWhileTheNewRecordIsBeingCreatedActOnIt_notOnTheRecordStillOpen(FxRobot robot) {
        // given "Massage, Friday" open with an unsaved change (Boris taken off), and a slow portal
        openRecord(robot, "Massage, Friday");
        long massage = desk.main.currentProperty().get().id();
        robot.interact(() -> robot.lookup("#clientList").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().select(1));
        robot.clickOn("#clientList").type(KeyCode.DELETE);
        waitUntil("Boris off, unsaved", () -> Ui.clientNames(robot).equals(List.of("Acme GmbH")));
        desk.sandbox.faults().latency(1500);

        // when a record is created and, at once, Ctrl+F, a caller's name with a slip, Enter and Ctrl+S
        press(robot, KeyCode.CONTROL, KeyCode.N);
        eventually("#newRecordNote", isFocused());
        activateDialog(robot);
        robot.write("Pedicure").type(KeyCode.ENTER);
        press(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("Quarrx").type(KeyCode.BACK_SPACE).write("y").type(KeyCode.ENTER);
        press(robot, KeyCode.CONTROL, KeyCode.S);
        desk.sandbox.faults().latency(0);

        // then the new record opens, the name is searched there, and Enter adds the one client it finds
        waitUntil("the new record is open", () -> desk.main.currentProperty().get() != null
                && "Pedicure".equals(desk.main.currentProperty().get().noteProperty().get()));
        waitUntil("Zelda on the new record", () -> Ui.clientNames(robot).equals(List.of("Zelda Quarry")));
        // and Ctrl+S saved it with her (it waited for Enter's client)
        long created = desk.main.currentProperty().get().id();
        waitUntil("saved with Zelda", () -> desk.sandbox.data().waitlist(created).orElseThrow().clients().size() == 1);
        eventually("#unsavedLabel", org.hamcrest.Matchers.not(Ui.shown()));
        // and the record that was open kept its unsaved change unsaved, and got no client
        assertEquals(2, desk.sandbox.data().waitlist(massage).orElseThrow().clients().size(),
                "Ctrl+S did not save the massage record");
        openRecord(robot, "Massage, Friday");
        waitUntil("the massage record", () -> desk.main.currentProperty().get().id() == massage);
        assertEquals(List.of("Acme GmbH"), Ui.clientNames(robot));
        assertTrue(desk.main.currentProperty().get().dirtyProperty().get(), "its change still unsaved");
    }

    @Test
    void aLetterComposedFromADeadKeyRightAfterCtrlNLandsInTheNote(FxRobot robot) {
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        eventually("#quickFilter", isFocused());

        // when Ctrl+N is followed at once by "Jos", ´ and e, which the input method of the window that
        // still has the keyboard composes into é (it comes as an input method's text, not as a key)
        press(robot, KeyCode.CONTROL, KeyCode.N);
        robot.write("Jos");
        robot.interact(() -> javafx.event.Event.fireEvent(desk.stage.getScene().getFocusOwner(),
                new javafx.scene.input.InputMethodEvent(javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                        List.of(), "é", 0)));

        // then the note has it in its place, and the list behind it nothing
        eventually("#newRecordNote", showsText("José"));
        assertEquals("", text(robot, "#quickFilter"));
        escapeTheNewRecord(robot);
    }

    @Test
    void aPrefilledNameKeepsItsTextWhenTypingStarts(FxRobot robot) {
        // given a search for someone not in the CRM
        openRecord(robot, "Haircut, mornings");
        robot.clickOn("#searchField").write("Xavier");
        eventually("#searchMessage", showsText("No contact or company matches “Xavier”."));

        // when Add as new contact opens and the receptionist types at once
        robot.clickOn("#newContactButton");
        eventually("#newContactName", isFocused());
        activateDialog(robot);
        robot.write(" Jr");

        // then the prefilled name is kept: the caret was at its end, nothing was selected
        assertEquals("Xavier Jr", text(robot, "#newContactName"));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void escapeCancelsAndTheNewContactFormTakesTheFirstKeystroke(FxRobot robot) {
        openRecord(robot, "Haircut, mornings");

        // when Ctrl+N opens the dialog and Esc is pressed, nothing is created
        press(robot, KeyCode.CONTROL, KeyCode.N);
        eventually("#newRecordNote", isFocused());
        activateDialog(robot);
        escapeTheNewRecord(robot);
        assertEquals(2, desk.main.rows().size());

        // when "Add as new contact…" opens, typing goes into the first name; Esc cancels
        robot.clickOn("#newContactButton");
        eventually("#newContactName", isFocused());
        activateDialog(robot);
        robot.write("Zoe");
        assertEquals("Zoe", text(robot, "#newContactName"));
        robot.type(KeyCode.ESCAPE);
        waitUntil("the dialog closes", () -> robot.lookup("#newContactName").tryQuery().isEmpty());
    }

    @Test
    void enterInTheQuickFilterOpensTheRecordWithThatIdBeforeARecordWhosePhoneHoldsIt(FxRobot robot) {
        String id = aNewerRecordWhosePhoneHoldsTheHaircutId(robot);

        // when the id is typed in the quick filter and Enter pressed
        press(robot, KeyCode.CONTROL, KeyCode.L);
        robot.write(id);
        waitUntil("both match", () -> desk.main.rows().size() == 2);
        robot.type(KeyCode.ENTER);

        // then the record with that id opens, not the first match
        eventually("#noteField", showsText("Haircut, mornings"));
    }

    @Test
    void anIdWrittenWithANumberSignAsTheWindowWritesItListsThatRecordAlone(FxRobot robot) {
        String id = aNewerRecordWhosePhoneHoldsTheHaircutId(robot);

        // when the id is typed as the Russian window writes it ("№ 12"; Shift+3 on a Russian keyboard)
        press(robot, KeyCode.CONTROL, KeyCode.L);
        robot.write("№ " + id);

        // then only that record is listed, and Enter opens it
        waitUntil("the record with that id alone", () -> desk.main.rows().size() == 1);
        robot.type(KeyCode.ENTER);
        eventually("#noteField", showsText("Haircut, mornings"));
    }

    /** A newer record (listed first) whose client's phone holds the haircut record's id; that id. */
    private String aNewerRecordWhosePhoneHoldsTheHaircutId(FxRobot robot) {
        String id = String.valueOf(desk.haircut);
        var caller = desk.sandbox.data().addContact("Ida", "", "Phone", "", null,
                List.of(new dev.waitlistdesk.sandbox.Multifield(0, "PHONE", "WORK", "+49 30 55" + id + "0")));
        long newer = desk.sandbox.data().addWaitlist("Newer, phone holds the id");
        desk.sandbox.data().setClients(newer, List.of(dev.waitlistdesk.sandbox.Client.contact(caller.id())));
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        robot.type(KeyCode.F5);
        waitUntil("three records", () -> desk.main.rows().size() == 3);
        return id;
    }

    @Test
    void enterInTheQuickFilterBeforeTheListIsInWaitsForItAndOpensThatId(FxRobot robot) {
        // given a record the window has not read yet, and a slow portal reading the list again
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        long fresh = desk.sandbox.data().addWaitlist("Walk-in, wants Friday");
        desk.sandbox.faults().latency(1500);
        robot.type(KeyCode.F5);

        // when its id and Enter are typed while the list is still coming
        press(robot, KeyCode.CONTROL, KeyCode.L);
        robot.write(String.valueOf(fresh)).type(KeyCode.ENTER);
        desk.sandbox.faults().latency(0);

        // then that record opens once the list is in, ready for its clients
        eventually("#noteField", showsText("Walk-in, wants Friday"));
        eventually("#searchField", isFocused());
    }

    @Test
    void theQuickFilterMovesIntoTheListWithDownAndOpensTheFirstMatchWithEnter(FxRobot robot) {
        waitUntil("the list", () -> desk.main.rows().size() == 2);

        // when ↓ is pressed in the filter
        press(robot, KeyCode.CONTROL, KeyCode.L);
        robot.write("Haircut").type(KeyCode.DOWN);

        // then the list has the focus and the first match is open
        eventually("#waitlistTable", isFocused());
        eventually("#noteField", showsText("Haircut, mornings"));

        // when another filter is typed and Enter pressed, the first match opens, ready for its clients
        press(robot, KeyCode.CONTROL, KeyCode.L);
        robot.type(KeyCode.ESCAPE).write("Massage").type(KeyCode.ENTER);
        eventually("#noteField", showsText("Massage, Friday"));
        eventually("#searchField", isFocused());
    }

    @Test
    void ctrlLAndCtrlFSelectWhatTheirFieldHoldsSoTheNextWordsReplaceIt(FxRobot robot) {
        waitUntil("the list", () -> desk.main.rows().size() == 2);

        // when a second Ctrl+L comes while the quick filter already has the focus and a text
        press(robot, KeyCode.CONTROL, KeyCode.L);
        robot.write("Haircut");
        press(robot, KeyCode.CONTROL, KeyCode.L);
        robot.write("Massage").type(KeyCode.ENTER);

        // then the new words replaced the old ones, as in a browser's address bar
        assertEquals("Massage", text(robot, "#quickFilter"));
        eventually("#noteField", showsText("Massage, Friday"));

        // and so in the client search with Ctrl+F
        eventually("#searchField", isFocused());
        robot.write("Anna");
        press(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("Zelda");
        assertEquals("Zelda", text(robot, "#searchField"));
    }

    @Test
    void deletingAsksWithCancelAsTheDefaultAndThenTheListHasTheFocus(FxRobot robot) {
        openRecord(robot, "Haircut, mornings");
        // the destructive button is never where Tab or a disabled neighbour sends the focus
        assertFalse(robot.lookup("#deleteButton").query().isFocusTraversable());

        // when Ctrl+Delete asks and Enter is pressed, nothing is deleted
        press(robot, KeyCode.CONTROL, KeyCode.DELETE);
        eventually(".dialog-pane", isNotNull());
        robot.type(KeyCode.ENTER);
        waitUntil("the question closes", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertTrue(desk.sandbox.data().waitlist(desk.haircut).isPresent());

        // when Tab moves the focus to Delete, Cancel no longer looks like the default (blue)
        press(robot, KeyCode.CONTROL, KeyCode.DELETE);
        eventually(".dialog-pane", isNotNull());
        Button delete = robot.lookup(".dialog-pane .button").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("Delete")).query();
        Button cancel = robot.lookup(".dialog-pane .button").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("Cancel")).query();
        assertTrue(cancel.isDefaultButton());
        robot.type(KeyCode.TAB);
        waitUntil("Delete has the focus", delete::isFocused);
        assertFalse(cancel.isDefaultButton());
        assertFalse(cancel.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("default")));

        // when it is confirmed
        robot.clickOn(delete);

        // then the record is gone and the next keystroke belongs to the list
        waitUntil("the record is gone", () -> desk.main.rows().size() == 1);
        eventually("#waitlistTable", isFocused());
    }

    @Test
    void testingTheConnectionKeepsTheFocusOnTest(FxRobot robot) {
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        robot.clickOn("#settingsButton");
        eventually("#webhookField", isFocused());
        Ui.paste(robot, desk.sandbox.webhookUrl());

        // when the connection is tested from the keyboard
        robot.type(KeyCode.TAB);
        while (!focused(robot, "#testButton")) {
            robot.type(KeyCode.TAB);
        }
        robot.type(KeyCode.SPACE);

        // then the answer shows and the focus stays on Test connection, never on a destructive button
        eventually("#settingsStatus", showsText("Connected: Bitrix24 answered."));
        assertTrue(focused(robot, "#testButton"));
        assertFalse(robot.lookup("#practiceButton").query().isFocusTraversable());
        robot.type(KeyCode.ESCAPE);
    }
}
