package dev.waitlistdesk.desk.editor;

import static dev.waitlistdesk.desk.common.Ui.clientNames;
import static dev.waitlistdesk.desk.common.Ui.eventually;
import static dev.waitlistdesk.desk.common.Ui.openRecord;
import static dev.waitlistdesk.desk.common.Ui.shown;
import static dev.waitlistdesk.desk.common.Ui.showsText;
import static dev.waitlistdesk.desk.common.Ui.text;
import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isFocused;
import static org.testfx.matcher.base.NodeMatchers.isNotNull;

import dev.waitlistdesk.desk.common.DeskFixture;
import dev.waitlistdesk.desk.common.Ui;
import dev.waitlistdesk.sandbox.Client;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.ListViewMatchers;

/** The shared front desk in the real window: a colleague's change, Undo, Revert, and a hung portal. */
class SharedDeskTest {

    @RegisterExtension
    final DeskFixture desk = DeskFixture.inEnglish();

    @SuppressWarnings("unchecked")
    private void addBorisByKeyboard(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("Boris");
        eventually("#resultList", not(ListViewMatchers.isEmpty()));
        robot.type(KeyCode.ENTER);
        waitUntil("Boris added", () -> clientNames(robot).contains("Boris Klein"));
    }

    private void shortcut(FxRobot robot, KeyCode modifier, KeyCode key) {
        robot.press(modifier).type(key).release(modifier);
    }

    private List<Long> portalClients() {
        return desk.sandbox.data().waitlist(desk.haircut).orElseThrow().clients().stream().map(Client::id).toList();
    }

    @Test
    void aColleaguesChangeIsShownAndMergedByKeyboard(FxRobot robot) {
        // given Boris is picked, and meanwhile a colleague adds Acme to the same record
        openRecord(robot, "Haircut, mornings");
        addBorisByKeyboard(robot);
        desk.sandbox.data().setClients(desk.haircut, List.of(Client.contact(desk.anna.id()),
                Client.company(desk.acme.id())));

        // when the receptionist saves (Ctrl+S)
        shortcut(robot, KeyCode.CONTROL, KeyCode.S);

        // then nothing is overwritten; the window says who changed what, and the focus is on Merge both
        eventually("#recordStatus", showsText("A colleague changed this record since you opened it: added Acme GmbH. "
                + "You: added Boris Klein. Merge both keeps everyone’s changes."));
        assertEquals(List.of(desk.anna.id(), desk.acme.id()), portalClients());
        eventually("#recordAction-merge", isFocused());
        verifyThat("#recordAction-keep-mine", shown());
        verifyThat("#recordAction-take-theirs", shown());

        // when Enter chooses Merge both
        robot.type(KeyCode.ENTER);

        // then the portal holds everyone's clients, and the window shows them
        eventually("#recordStatus", showsText("Saved: 3 clients"));
        assertEquals(List.of(desk.anna.id(), desk.boris.id(), desk.acme.id()), portalClients());
        assertEquals(List.of("Anna Petrova", "Boris Klein", "Acme GmbH"), clientNames(robot));
    }

    @Test
    void undoRestoresTheRecordAfterASave(FxRobot robot) {
        openRecord(robot, "Haircut, mornings");
        addBorisByKeyboard(robot);
        shortcut(robot, KeyCode.CONTROL, KeyCode.S);
        eventually("#recordStatus", showsText("Saved: 2 clients"));

        // when the receptionist presses Ctrl+Z in the record (not in a text field)
        robot.clickOn("#clientList");
        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);

        // then the record holds Anna alone again
        eventually("#recordStatus", showsText("Undone: the record holds what it held before your last save."));
        assertEquals(List.of(desk.anna.id()), portalClients());
        assertEquals(List.of("Anna Petrova"), clientNames(robot));
    }

    @Test
    void aNoteClash_EnterKeepsBothNotes_andCtrlZTakesTheChoiceBack(FxRobot robot) {
        // given the receptionist changed the note, and meanwhile a colleague changed it too
        openRecord(robot, "Haircut, mornings");
        robot.clickOn("#noteField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Haircut, evenings");
        desk.sandbox.data().updateNote(desk.haircut, "Colour, Tuesdays");

        // when saving (Ctrl+S)
        shortcut(robot, KeyCode.CONTROL, KeyCode.S);

        // then Both notes is offered first, with the focus, beside Keep mine and Take theirs
        eventually("#recordAction-both-notes", isFocused());
        assertEquals("Keep both notes", robot.lookup("#recordAction-both-notes").queryButton()
                .getText().replace("_", ""));
        verifyThat("#recordAction-keep-mine", shown());
        verifyThat("#recordAction-take-theirs", shown());

        // when Enter takes it
        robot.type(KeyCode.ENTER);

        // then the portal holds mine, a line, then theirs; the focus is not in the search field
        eventually("#recordStatus", showsText("Saved: 1 client"));
        String both = "Haircut, evenings\n———\nColour, Tuesdays";
        assertEquals(both, desk.sandbox.data().waitlist(desk.haircut).orElseThrow().note());
        assertEquals(both, Ui.text(robot, "#noteField"));
        assertFalse(robot.lookup("#searchField").query().isFocused());

        // when Ctrl+Z is pressed, wherever the focus is now
        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);

        // then the colleague's note is back on the portal, mine is back on screen, unsaved, with the choice
        eventually("#recordAction-both-notes", isNotNull());
        assertEquals("Colour, Tuesdays", desk.sandbox.data().waitlist(desk.haircut).orElseThrow().note());
        assertEquals("Haircut, evenings", Ui.text(robot, "#noteField"));
        verifyThat("#unsavedLabel", shown());
    }

    @Test
    void ctrlZUndoesTheSaveWhereverTheFocusIs_butTypingFirstInAFieldThatHasSome(FxRobot robot) {
        // given a save made with the Save button
        openRecord(robot, "Haircut, mornings");
        addBorisByKeyboard(robot);
        robot.clickOn("#saveButton");
        eventually("#recordStatus", showsText("Saved: 2 clients"));
        // then the focus went to the clients, not to the search field (where Ctrl+Z undoes typing)
        eventually("#clientList", isFocused());

        // when one letter is typed in the quick filter and Ctrl+Z pressed
        robot.clickOn("#quickFilter").write("H");
        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);

        // then the letter goes, and the save stays
        eventually("#quickFilter", showsText(""));
        assertEquals(List.of(desk.anna.id(), desk.boris.id()), portalClients());

        // when Ctrl+Z is pressed again there, with no typing left to undo
        shortcut(robot, KeyCode.CONTROL, KeyCode.Z);

        // then the save is undone
        eventually("#recordStatus", showsText("Undone: the record holds what it held before your last save."));
        assertEquals(List.of(desk.anna.id()), portalClients());
    }

    @Test
    void aColleaguesChangeNeverReplacesWhatIsBeingTyped(FxRobot robot) {
        // given the receptionist is typing a note
        openRecord(robot, "Haircut, mornings");
        robot.clickOn("#noteField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Haircut, after");

        // when a colleague adds Acme and the list is reloaded (F5; the live refresh takes the same path)
        desk.sandbox.data().setClients(desk.haircut, List.of(Client.contact(desk.anna.id()),
                Client.company(desk.acme.id())));
        robot.type(KeyCode.F5);

        // then a quiet notice appears; the typing and the focus stay
        eventually("#recordStatus", showsText("Changed by a colleague a moment ago: added Acme GmbH. "
                + "Your unsaved changes are still here."));
        robot.write("noons");
        assertEquals("Haircut, afternoons", robot.lookup("#noteField").queryAs(javafx.scene.control.TextInputControl.class).getText());
        assertTrue(robot.lookup("#noteField").query().isFocused());
    }

    @Test
    void revertAsksFirstWithCancelAsTheDefault(FxRobot robot) {
        openRecord(robot, "Haircut, mornings");
        addBorisByKeyboard(robot);

        // when Revert is chosen (Alt+V) and the question is answered with Enter (the default: Cancel)
        shortcut(robot, KeyCode.ALT, KeyCode.V);
        eventually(".dialog-pane", isNotNull());
        robot.type(KeyCode.ENTER);

        // then nothing is discarded
        assertEquals(List.of("Anna Petrova", "Boris Klein"), clientNames(robot));

        // when Discard is clicked
        shortcut(robot, KeyCode.ALT, KeyCode.V);
        eventually(".dialog-pane", isNotNull());
        Node discard = robot.lookup(".dialog-pane .button").match(n -> "Discard".equals(((Button) n).getText()))
                .query();
        robot.clickOn(discard);

        // then the record shows what the portal holds
        waitUntil("reverted", () -> clientNames(robot).equals(List.of("Anna Petrova")));
        assertFalse(Ui.shows(robot, "#unsavedLabel"));
    }

    @Test
    void aHungSaveCanBeCancelled_thePicksStay_andTheNextSaveWorks(FxRobot robot) {
        openRecord(robot, "Haircut, mornings");
        addBorisByKeyboard(robot);

        // given the portal stops answering
        desk.sandbox.faults().slowAnswers(20_000);
        shortcut(robot, KeyCode.CONTROL, KeyCode.S);

        // then after a few seconds Cancel is offered
        eventually("#recordAction-cancel", isNotNull());
        shortcut(robot, KeyCode.ALT, KeyCode.E);

        // and cancelling keeps the picks, unsaved, with Save on again
        eventually("#recordStatus", text(startsWith("Cancelled.")));
        assertEquals(List.of("Anna Petrova", "Boris Klein"), clientNames(robot));
        assertFalse(robot.lookup("#saveButton").query().isDisabled());

        // when the portal answers again, the next save goes through at once
        desk.sandbox.faults().clear();
        shortcut(robot, KeyCode.CONTROL, KeyCode.S);
        eventually("#recordStatus", showsText("Saved: 2 clients"));
        assertEquals(List.of(desk.anna.id(), desk.boris.id()), portalClients());
    }
}
