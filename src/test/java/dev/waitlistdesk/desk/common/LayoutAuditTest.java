package dev.waitlistdesk.desk.common;

import static dev.waitlistdesk.desk.common.Ui.openRecord;
import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

/**
 * The window at 1024×768 in each of the six languages, as a receptionist sees it: the list with a
 * record open, the booking panel, then the panel filling a freed time with a record chosen. Fails on a label or button whose text is cut ("…") or that
 * reaches past the window's edge, and on two controls of one screen answering the same Alt+letter.
 */
class LayoutAuditTest {

    private DeskFixture desk;

    @AfterEach
    void close() throws Exception {
        if (desk != null) {
            desk.closeWindow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "de", "es", "pt-BR", "pl"})
    void nothingIsCutAndNoMnemonicIsTakenTwice(String language) throws Exception {
        desk = DeskFixture.in(Locale.forLanguageTag(language)).sized(1024, 768);
        desk.showOnPrimaryStage();
        FxRobot robot = new FxRobot();
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        openRecord(robot, "Massage, Friday");
        List<String> problems = new ArrayList<>();
        audit("record", problems);

        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        waitUntil("the booking panel", () -> Ui.shows(robot, "#bookingPanel"));
        audit("booking panel", problems);

        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.B).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil("the panel filling a free time", () -> Ui.shows(robot, "#fillBox"));
        waitUntil("the next free time", () -> robot.lookup("#nextFree").queryButton().isVisible()
                && !robot.lookup("#nextFree").queryButton().isDisabled());
        robot.press(KeyCode.CONTROL).type(KeyCode.J).release(KeyCode.CONTROL); // a time chosen,
        robot.type(KeyCode.ENTER).type(KeyCode.DOWN); // on to the waitlist, its first record chosen
        waitUntil("a record chosen", () -> !robot.lookup("#candidateList").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().isEmpty());
        audit("filling a free time", problems);

        robot.type(KeyCode.ENTER); // booked: the result with Undo under the times and the waitlist
        waitUntil("booked", () -> Ui.shows(robot, "#bookingActions"));
        audit("a free time filled", problems);

        assertTrue(problems.isEmpty(), language + " at 1024×768:\n" + String.join("\n", problems));
    }

    private void audit(String state, List<String> problems) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        LayoutTest.collectCut(desk.stage.getScene().getRoot(), cut);
        cut.forEach(c -> problems.add(state + ": " + c));
        Map<Character, String> keys = new HashMap<>();
        collectMnemonics(desk.stage.getScene().getRoot(), keys, state, problems);
    }

    /** Visible labels and buttons with a mnemonic: each letter once per window. */
    private static void collectMnemonics(Parent parent, Map<Character, String> keys, String state,
                                         List<String> problems) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child instanceof javafx.scene.control.Cell) {
                continue;
            }
            if (child instanceof Labeled labeled && labeled.isMnemonicParsing() && labeled.getText() != null) {
                String text = labeled.getText();
                int at = text.indexOf('_');
                if (at >= 0 && at + 1 < text.length()) {
                    char key = Character.toUpperCase(text.charAt(at + 1));
                    String shown = text.replaceFirst("_", "");
                    String before = keys.putIfAbsent(key, shown);
                    if (before != null) {
                        problems.add(state + ": Alt+" + key + " is both \"" + before + "\" and \"" + shown + "\"");
                    }
                }
            }
            if (child instanceof Parent p) {
                collectMnemonics(p, keys, state, problems);
            }
        }
    }
}
