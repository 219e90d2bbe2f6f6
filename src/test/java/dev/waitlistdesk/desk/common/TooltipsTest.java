package dev.waitlistdesk.desk.common;

import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Tooltips are made when the pointer comes over their control, and then show as before. */
class TooltipsTest {

    @RegisterExtension
    final DeskFixture desk = DeskFixture.inEnglish();

    @Test
    void aButtonsTooltipShowsWhenThePointerRestsOnIt(FxRobot robot) {
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        Button refresh = robot.lookup("#refreshButton").queryAs(Button.class);
        assertNull(refresh.getTooltip(), "no tooltip is made before the pointer comes");

        robot.moveTo(refresh);

        assertEquals("Load the waitlist again (F5)", shownTooltip(robot));
    }

    @Test
    void aCellsTooltipShowsTheWholeTextOfTheRowItIsOn(FxRobot robot) {
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        TableCell<?, ?> note = robot.lookup(".table-cell").match((TableCell<?, ?> cell) ->
                "Haircut, mornings".equals(cell.getText())).queryAs(TableCell.class);
        assertNull(note.getTooltip(), "no tooltip is made before the pointer comes");

        robot.moveTo(note);

        assertEquals("Haircut, mornings", shownTooltip(robot));
    }

    /** The text of the tooltip window showing now, once one shows (Tooltip's own delay is a second). */
    private static String shownTooltip(FxRobot robot) {
        String[] text = new String[1];
        waitUntil("a tooltip shows", () -> {
            robot.interact(() -> text[0] = Window.getWindows().stream()
                    .filter(window -> window instanceof Tooltip && window.isShowing())
                    .map(window -> ((Tooltip) window).getText()).findFirst().orElse(null));
            return text[0] != null;
        });
        return text[0];
    }
}
