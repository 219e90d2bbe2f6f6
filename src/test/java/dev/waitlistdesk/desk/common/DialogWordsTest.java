package dev.waitlistdesk.desk.common;

import static dev.waitlistdesk.desk.common.Ui.openRecord;
import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** A dialog's own buttons speak the desk's language: JavaFX's Cancel is English in Russian and Polish. */
class DialogWordsTest {

    @RegisterExtension
    final DeskFixture desk = DeskFixture.in(Locale.forLanguageTag("ru"));

    @Test
    void theDeleteConfirmationSaysCancelInRussian(FxRobot robot) {
        // given a record open in Russian
        openRecord(robot, "Massage, Friday");

        // when the receptionist asks to delete it (Ctrl+Delete)
        robot.press(KeyCode.CONTROL).type(KeyCode.DELETE).release(KeyCode.CONTROL);
        waitUntil("the confirmation", () -> dialog() != null);

        // then both buttons are in Russian
        List<String> words = robot.from(dialog().getScene().getRoot()).lookup(".button-bar .button")
                .queryAllAs(Button.class).stream().map(Button::getText).sorted().toList();
        assertEquals(List.of("Отмена", "Удалить"), words);
        robot.type(KeyCode.ESCAPE);
        waitUntil("closed by Esc", () -> dialog() == null);
    }

    private static Window dialog() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage stage && stage.getOwner() != null && w.isShowing())
                .findFirst().orElse(null);
    }
}
