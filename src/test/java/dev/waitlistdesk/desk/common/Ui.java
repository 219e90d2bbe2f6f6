package dev.waitlistdesk.desk.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.port.Client;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the UI tests share: waiting for the background, reading what the user sees. */
public final class Ui {

    private Ui() {
    }

    /** Waits (at most 10 s) until the condition holds on the FX thread; fails with the description. */
    public static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(() -> what, condition);
    }

    /** The description is built after the wait, so it can say what the screen showed in the end. */
    public static void waitUntil(java.util.function.Supplier<String> what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what.get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Labeled labeled ? labeled.getText() : ((TextInputControl) node).getText();
    }

    public static boolean shows(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Pastes text with Ctrl+V into the focused field, as a receptionist pastes a webhook URL. */
    public static void paste(FxRobot robot, String text) {
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard()
                .setContent(java.util.Map.of(javafx.scene.input.DataFormat.PLAIN_TEXT, text)));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.V)
                .release(javafx.scene.input.KeyCode.V, javafx.scene.input.KeyCode.CONTROL);
    }

    /** Waits until the label shows exactly this text. */
    public static void waitForText(FxRobot robot, String query, String expected) {
        waitUntil(() -> query + " shows \"" + expected + "\" (it shows \"" + safeText(robot, query) + "\")",
                () -> expected.equals(text(robot, query)) && shows(robot, query));
    }

    private static String safeText(FxRobot robot, String query) {
        try {
            return text(robot, query);
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /** Clicks the waitlist row with this note and waits until its record is open. */
    public static void openRecord(FxRobot robot, String note) {
        waitUntil("the list shows " + note, () -> robot.lookup(".table-cell").match(c -> note.equals(
                ((TableCell<?, ?>) c).getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".table-cell").match(c -> note.equals(((TableCell<?, ?>) c).getText()))
                .<Node>query());
        waitUntil("the record opens", () -> note.equals(text(robot, "#noteField")));
    }

    @SuppressWarnings("unchecked")
    public static List<String> clientNames(FxRobot robot) {
        ListView<Client> list = robot.lookup("#clientList").queryAs(ListView.class);
        return list.getItems().stream().map(Client::name).toList();
    }

    /** The texts of the visible client rows: name, then "Contact · phone" or "Company · phone". */
    public static List<String> visibleClientRows(FxRobot robot) {
        return robot.lookup("#clientList .client-name").queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible).filter(l -> l.getText() != null && !l.getText().isEmpty())
                .map(l -> l.getText() + " | " + ((Labeled) l.getParent().getChildrenUnmodifiable().get(1)).getText())
                .toList();
    }

    public static void assertShows(FxRobot robot, String query) {
        assertTrue(shows(robot, query), query + " is not shown");
    }
}
