package dev.waitlistdesk.desk.common;

import static dev.waitlistdesk.desk.common.Ui.eventually;
import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.matcher.base.NodeMatchers.isNotNull;

import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Help (F1): diagnostics on the clipboard without the webhook's code, and About with the licences. */
class HelpMenuTest {

    @RegisterExtension
    final DeskFixture desk = DeskFixture.inEnglish();

    @Test
    void copyDiagnosticsPutsARedactedReportOnTheClipboard(FxRobot robot) {
        // given the desk with its list (and so the portal's client types) loaded
        waitUntil("the list", () -> desk.main.rows().size() == 2);

        // when the receptionist opens Help with F1 and copies the diagnostics
        robot.press(KeyCode.F1).release(KeyCode.F1);
        eventually("Copy diagnostics", isNotNull());
        robot.clickOn("Copy diagnostics");
        eventually(".dialog-pane", isNotNull());
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        // then the report names the version, the system and the portal, and holds no secret
        String code = desk.sandbox.webhookUrl().replaceAll(".*/rest/\\d+/([^/]+)/", "$1");
        assertTrue(copied[0].startsWith("Waitlist Desk diagnostics"), copied[0]);
        for (String part : new String[] {"version", "java", "screens", "language", "theme", "practice portal",
                "trust", "portal facts", "Last 200 log lines"}) {
            assertTrue(copied[0].contains(part), part + " in\n" + copied[0]);
        }
        assertFalse(copied[0].contains(code), copied[0]);
    }

    @Test
    void aboutShowsTheVersionAndTheThirdPartyLicences(FxRobot robot) {
        waitUntil("the list", () -> desk.main.rows().size() == 2);

        robot.clickOn("#helpMenu");
        robot.clickOn("About Waitlist Desk");
        eventually("#aboutDialog", isNotNull());

        DialogPane about = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        assertTrue(about.getHeaderText().startsWith("Waitlist Desk "), about.getHeaderText());
        String licences = robot.lookup("#licences").queryAs(TextArea.class).getText();
        for (String component : new String[] {"OpenJFX", "Classpath Exception", "ControlsFX", "AtlantaFX", "OkHttp",
                "Okio", "Kotlin", "Jackson", "picocli"}) {
            assertTrue(licences.contains(component), component);
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
