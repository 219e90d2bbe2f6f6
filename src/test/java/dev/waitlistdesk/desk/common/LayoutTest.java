package dev.waitlistdesk.desk.common;

import static dev.waitlistdesk.desk.common.Ui.openRecord;
import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.sandbox.Client;
import dev.waitlistdesk.sandbox.Company;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The window at 1024×700 in German, the language with the longest texts: nothing cut, ✕ in view. */
class LayoutTest {

    static final String LONG_NAME = "Internationale Gesellschaft für außerordentlich lange Firmennamen, "
            + "Wartelisten und Terminvereinbarungen mbH & Co. KG";

    @RegisterExtension
    final DeskFixture desk = DeskFixture.in(Locale.GERMAN).sized(1024, 700);

    @Test
    void atTheSmallestSizeNoButtonOrLabelIsCutAndEveryClientKeepsItsRemoveButton(FxRobot robot) {
        // given a record whose client has a very long name
        Company company = desk.sandbox.data().addCompany(LONG_NAME, "IT", List.of());
        desk.sandbox.data().setClients(desk.massage, List.of(Client.company(company.id()),
                Client.contact(desk.boris.id())));
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        robot.type(KeyCode.F5);
        waitUntil("the long name is listed", () -> desk.main.rows().stream()
                .anyMatch(r -> r.clientNames().contains("Internationale")));
        openRecord(robot, "Massage, Friday");

        // then the clients header counts them
        assertEquals("Kunden (2)", Ui.text(robot, "#clientsHeader"));

        // then every button and label shows its whole text (table and list cells may end in "…", with a tooltip)
        List<String> cut = new ArrayList<>();
        collectCut(desk.stage.getScene().getRoot(), cut);
        assertTrue(cut.isEmpty(), "cut at 1024×700 in German: " + cut);

        // then each client row's ✕ lies within the list, and the list does not scroll sideways
        Node list = robot.lookup("#clientList").query();
        Bounds listBounds = list.localToScreen(list.getBoundsInLocal());
        List<Node> removes = new ArrayList<>(robot.lookup("#clientList .remove-button").queryAll());
        removes.removeIf(n -> !n.isVisible() || n.getScene() == null || ((Labeled) n).getParent() == null);
        assertFalse(removes.isEmpty());
        for (Node remove : removes) {
            Bounds b = remove.localToScreen(remove.getBoundsInLocal());
            if (b != null && b.getHeight() > 0) {
                assertTrue(b.getMaxX() <= listBounds.getMaxX(), "✕ at " + b + " outside the list " + listBounds);
            }
        }
        for (Node bar : robot.lookup("#clientList .scroll-bar").queryAll()) {
            assertFalse(((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL && bar.isVisible(),
                    "a horizontal scroll bar under the clients");
        }
    }

    /** Visible Labeled controls (not cells) whose shown text differs from their text: cut with "…". */
    static void collectCut(Parent parent, List<String> cut) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child instanceof Cell) {
                continue;
            }
            if (child instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                Node shown = labeled.lookup(".text");
                String full = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "")
                        : labeled.getText();
                if (shown instanceof Text text && !full.equals(text.getText())) {
                    cut.add("\"" + full + "\" shows as \"" + text.getText() + "\"");
                }
                // a control that does not shrink is cut by the window's edge instead
                Bounds b = labeled.localToScene(labeled.getBoundsInLocal());
                if (b.getMaxX() > labeled.getScene().getWidth() + 0.5
                        || b.getMaxY() > labeled.getScene().getHeight() + 0.5) {
                    cut.add("\"" + full + "\" reaches past the window's edge");
                }
            }
            if (child instanceof Parent p) {
                collectCut(p, cut);
            }
        }
    }
}
