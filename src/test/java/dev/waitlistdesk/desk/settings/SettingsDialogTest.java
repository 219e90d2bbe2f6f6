package dev.waitlistdesk.desk.settings;

import static dev.waitlistdesk.desk.common.Ui.eventually;
import static dev.waitlistdesk.desk.common.Ui.shown;
import static dev.waitlistdesk.desk.common.Ui.showsText;
import static dev.waitlistdesk.desk.common.Ui.text;
import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.matcher.base.NodeMatchers.isNotNull;

import dev.waitlistdesk.desk.common.DeskFixture;
import dev.waitlistdesk.desk.common.Ui;
import dev.waitlistdesk.settings.ConnectionSettings;
import dev.waitlistdesk.settings.MachineConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Connecting a portal: a wrong webhook, the test, the stored secret, and the window after. */
class SettingsDialogTest {

    @RegisterExtension
    final DeskFixture desk = DeskFixture.inEnglish();

    @Test
    void aLockedMachineWideConnectionIsShownButCannotBeChanged(FxRobot robot) throws Exception {
        // given IT's locked connection for this computer
        Path file = MachineConnection.folder().resolve("connection.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"webhookUrl\":\"" + desk.sandbox.webhookUrl() + "\",\"locked\":true}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        try {
            waitUntil("the list", () -> desk.main.rows().size() == 2);

            // when the receptionist opens the settings
            robot.clickOn("#settingsButton");
            eventually("#webhookField", isNotNull());

            // then the connection is there, read-only, with who set it up; no way back to the practice portal
            assertTrue(Ui.shows(robot, "#lockedNote"));
            assertTrue(text(robot, "#lockedNote").contains(file.toString()), text(robot, "#lockedNote"));
            assertTrue(robot.lookup("#webhookField").query().isDisabled());
            assertTrue(robot.lookup("#proxyField").query().isDisabled());
            assertTrue(robot.lookup("#showSecrets").query().isDisabled());
            assertFalse(Ui.shows(robot, "#practiceButton"));
            assertEquals(desk.sandbox.webhookUrl(), robot.lookup("#webhookField").queryAs(PasswordField.class).getText());

            // and closing it stores nothing of the receptionist's own
            robot.clickOn("#settingsSave");
            waitUntil("the dialog closes", () -> robot.lookup("#webhookField").tryQuery().isEmpty());
            assertEquals(Optional.empty(), desk.store.load());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aWebhookIsTestedStoredOwnerOnlyAndUsed(FxRobot robot) throws Exception {
        // given the practice banner, the receptionist opens the settings from it
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        robot.clickOn("#connectButton");
        eventually("#webhookField", isNotNull());
        // already on the practice portal: nothing to go back to
        assertFalse(Ui.shows(robot, "#practiceButton"));

        // when a malformed address is tested
        robot.clickOn("#webhookField").write("portal.example.com");
        robot.clickOn("#testButton");
        // then the reason is given in plain words, in the window's language (the field named as the form labels it)
        eventually("#settingsStatus", showsText("“Webhook URL” is not a web address: it must start with https://"));

        // when the right webhook is pasted and tested
        robot.lookup("#webhookField").queryAs(PasswordField.class).clear();
        robot.clickOn("#webhookField");
        Ui.paste(robot, desk.sandbox.webhookUrl());
        robot.clickOn("#testButton");
        eventually("#settingsStatus", showsText("Connected: Bitrix24 answered."));
        // the secret stays masked
        assertTrue(robot.lookup("#webhookField").query() instanceof PasswordField);

        // when saved
        robot.clickOn("#settingsSave");

        // then it is stored, readable by the owner only, and the window works on that portal without the banner
        waitUntil("the dialog closes", () -> robot.lookup("#webhookField").tryQuery().isEmpty());
        assertEquals(Optional.of(ConnectionSettings.webhook(desk.sandbox.webhookUrl())), desk.store.load());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(desk.store.file())));
        waitUntil("the list again", () -> desk.window.main().rows().size() == 2);
        assertFalse(Ui.shows(robot, "#practiceBanner"));

        // when the receptionist goes back to the practice portal from the settings
        robot.clickOn("#settingsButton");
        eventually("#practiceButton", isNotNull());
        robot.clickOn("#practiceButton");

        // then it asks first, with Cancel as the default: Enter keeps the connection
        eventually("Forget the connection", isNotNull());
        robot.type(KeyCode.ENTER);
        waitUntil("the question closes", () -> robot.lookup("Forget the connection").tryQuery().isEmpty());
        assertTrue(desk.store.load().isPresent());
        robot.clickOn("#practiceButton");
        eventually("Forget the connection", isNotNull());
        robot.clickOn("Forget the connection");

        // then the connection is forgotten and the window says it is on the practice portal again
        waitUntil("the dialog closes", () -> robot.lookup("#webhookField").tryQuery().isEmpty());
        assertEquals(Optional.empty(), desk.store.load());
        assertFalse(Files.exists(desk.store.file()));
        eventually("#practiceBanner", shown());
    }

    @Test
    void oauthTokensCanBeTestedToo(FxRobot robot) {
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        robot.clickOn("#settingsButton");
        eventually("#oauthMode", isNotNull());

        // when the receptionist switches to OAuth and enters the application's tokens
        robot.clickOn("#oauthMode");
        robot.clickOn("#endpointField");
        Ui.paste(robot, desk.sandbox.oauthEndpoint());
        robot.clickOn("#accessTokenField");
        Ui.paste(robot, desk.sandbox.accessToken());
        robot.clickOn("#refreshTokenField");
        Ui.paste(robot, desk.sandbox.refreshToken());
        robot.clickOn("#clientIdField");
        Ui.paste(robot, desk.sandbox.clientId());
        robot.clickOn("#clientSecretField");
        Ui.paste(robot, desk.sandbox.clientSecret());
        robot.clickOn("#testButton");

        // then the portal answered, and the tokens and secret stay masked
        eventually("#settingsStatus", showsText("Connected: Bitrix24 answered."));
        assertTrue(robot.lookup("#accessTokenField").query() instanceof PasswordField);
        assertTrue(robot.lookup("#clientSecretField").query() instanceof PasswordField);
        assertFalse(Ui.shows(robot, "#webhookField"));
    }

    @Test
    void showBecomesHide_andAWrongCodeIsSaidWholeWithoutSqueezingTheIntro(FxRobot robot) {
        waitUntil("the list", () -> desk.main.rows().size() == 2);
        robot.clickOn("#connectButton");
        eventually("#webhookField", isNotNull());
        javafx.scene.control.Label intro = robot.lookup("#settingsIntro").queryAs(javafx.scene.control.Label.class);
        double introHeight = intro.getHeight();

        // the switch says what it does: Show, then Hide, then Show again
        javafx.scene.control.ToggleButton show = robot.lookup("#showSecrets").queryAs(javafx.scene.control.ToggleButton.class);
        assertEquals("Show", show.getText().replace("_", ""));
        robot.clickOn("#showSecrets");
        waitUntil("Hide", () -> show.getText().replace("_", "").equals("Hide"));
        robot.clickOn("#showSecrets");
        waitUntil("Show again", () -> show.getText().replace("_", "").equals("Show"));

        // when a webhook with a wrong code is tested
        robot.clickOn("#webhookField");
        Ui.paste(robot, desk.sandbox.webhookUrl().replaceAll("/[A-Za-z0-9_]+/$", "/wrongcode123/"));
        robot.clickOn("#testButton");

        // then the whole message shows, with its next step, and the intro keeps every line it had
        eventually("#settingsStatus", showsText("Bitrix24 did not accept the connection: the webhook or token is wrong "
                + "or has expired. Check it and test again."));
        javafx.scene.control.Label status = robot.lookup("#settingsStatus").queryAs(javafx.scene.control.Label.class);
        waitUntil(() -> "the status shown whole (it shows \"" + shownText(status) + "\")",
                () -> shownText(status).equals(status.getText()));
        assertEquals(intro.getText(), shownText(intro));
        assertEquals(introHeight, intro.getHeight(), 0.5);
    }

    /** What a label really draws: its text, or the part before an ellipsis when it is cut. */
    private static String shownText(javafx.scene.control.Label label) {
        return ((javafx.scene.text.Text) label.lookup(".text")).getText();
    }

    @Test
    void aRefusedWebhookPointsToTheSettings(FxRobot robot) {
        // given the window was started with a webhook whose code is wrong
        String wrong = desk.sandbox.webhookUrl().replaceAll("/[A-Za-z0-9_]+/$", "/wrongcode123/");
        robot.interact(() -> desk.show(desk.stage, wrong));

        // then the list explains it and offers to open the settings
        eventually("#listStatus", text(startsWith("Bitrix24 did not accept")));
        robot.clickOn("#listAction-open-settings");
        eventually("#webhookField", isNotNull());
    }
}
