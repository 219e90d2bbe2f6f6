package dev.waitlistdesk.desk.common;

import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The shortcuts under a Russian keyboard layout with no Latin group, as JavaFX on Linux reports its keys:
 * Ctrl and the key where N is come as code UNDEFINED with the text "т" (seen under Xvfb with
 * {@code setxkbmap ru}). They do what Ctrl+N does, in the window and in its dialogs.
 */
class LayoutShortcutsTest {

    @RegisterExtension
    final DeskFixture desk = DeskFixture.inEnglish();

    @Test
    void ctrlAndTheKeyWhereNIsCreateARecord_andWhereAIsSelectAllInTheDialog(FxRobot robot) {
        waitUntil("the list", () -> desk.main.rows().size() == 2);

        // not waited for: the dialog waits for its answer inside the event
        javafx.application.Platform.runLater(() -> pressWithCtrl(desk.stage.getScene().getFocusOwner(), "т"));

        waitUntil("the new record's dialog", () -> robot.lookup("#newRecordNote").tryQuery().isPresent());
        TextField note = robot.lookup("#newRecordNote").queryAs(TextField.class);
        robot.interact(() -> {
            note.setText("Без записи");
            note.deselect();
        });
        robot.interact(() -> pressWithCtrl(note, "ф")); // where A is: select all
        assertEquals("Без записи", note.getSelectedText());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    private static void pressWithCtrl(Node target, String text) {
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "\0", text, KeyCode.UNDEFINED,
                false, true, false, false));
    }
}
