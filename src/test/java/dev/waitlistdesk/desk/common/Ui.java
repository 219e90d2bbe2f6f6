package dev.waitlistdesk.desk.common;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.testfx.api.FxAssert.verifyThat;

import dev.waitlistdesk.port.Client;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextInputControl;
import org.hamcrest.Description;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
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

    /**
     * Waits (at most 10 s) until TestFX's {@code verifyThat(query, matcher)} holds, checked on the FX
     * thread; a timeout fails with verifyThat's own words: what was expected, and what showed.
     */
    public static <T extends Node> void eventually(String query, Matcher<T> matcher) {
        AtomicReference<Throwable> last = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                try {
                    verifyThat(query, matcher);
                    return true;
                } catch (AssertionError | RuntimeException notYet) { // a RuntimeException: no such node yet
                    last.set(notYet);
                    return false;
                }
            }).get());
        } catch (TimeoutException e) {
            throw new AssertionError(query + ": " + last.get().getMessage(), last.get());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The node is on screen: it and every parent are visible, in a window. */
    public static Matcher<Node> shown() {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Node node) {
                return isShown(node);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("Node is shown");
            }
        };
    }

    /** The text of a label, a button or a field. */
    public static Matcher<Node> text(Matcher<String> text) {
        return new FeatureMatcher<>(text, "Node with text", "text") {
            @Override
            protected String featureValueOf(Node node) {
                return textOf(node);
            }
        };
    }

    /** Shown, with exactly this text. */
    public static Matcher<Node> showsText(String expected) {
        return allOf(text(equalTo(expected)), shown());
    }

    private static String textOf(Node node) {
        return node instanceof Labeled labeled ? labeled.getText() : ((TextInputControl) node).getText();
    }

    public static String text(FxRobot robot, String query) {
        return textOf(robot.lookup(query).query());
    }

    public static boolean shows(FxRobot robot, String query) {
        return isShown(robot.lookup(query).query());
    }

    private static boolean isShown(Node node) {
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

    /** Clicks the waitlist row with this note and waits until its record is open. */
    public static void openRecord(FxRobot robot, String note) {
        waitUntil("the list shows " + note, () -> robot.lookup(".table-cell").match(c -> note.equals(
                ((TableCell<?, ?>) c).getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".table-cell").match(c -> note.equals(((TableCell<?, ?>) c).getText()))
                .<Node>query());
        eventually("#noteField", text(equalTo(note)));
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

}
