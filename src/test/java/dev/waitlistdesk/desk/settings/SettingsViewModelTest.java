package dev.waitlistdesk.desk.settings;

import dev.waitlistdesk.desk.common.TestDesk;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.StoreException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.settings.ConnectionSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path dir;
    final List<ConnectionSettings> applied = new ArrayList<>();
    final List<String> forgotten = new ArrayList<>();

    /** The app's side of the form: the test is what {@code tester} does; connecting and forgetting are recorded. */
    PortalChoice portal(java.util.function.Consumer<ConnectionSettings> tester) {
        return new PortalChoice() {
            @Override
            public void test(ConnectionSettings settings) {
                tester.accept(settings);
            }

            @Override
            public void connect(ConnectionSettings settings) {
                applied.add(settings);
            }

            @Override
            public void usePractice() {
                forgotten.add("forgotten");
            }
        };
    }

    SettingsViewModel form(java.util.function.Consumer<ConnectionSettings> tester) {
        TestDesk desk = new TestDesk(dir);
        return new SettingsViewModel(Optional.empty(), portal(tester), desk, desk.texts, desk, new Appearance("", ""));
    }

    @Test
    void aWorkingWebhookReportsSuccess() {
        SettingsViewModel form = form(settings -> { });
        form.webhookUrlProperty().set(" https://portal.example/rest/1/abc/ ");

        form.testConnection();

        assertEquals("Connected: Bitrix24 answered.", form.statusProperty().get().text());
    }

    @Test
    void aMalformedUrlIsExplainedInPlainWords() {
        SettingsViewModel form = form(settings -> {
            throw new StoreException(new Failure.Refused(new Failure.Evidence("",
                    "The address must start with https://", 0)), "bad settings", null);
        });
        form.webhookUrlProperty().set("portal.example");

        form.testConnection();

        assertEquals("The address must start with https://", form.statusProperty().get().text());
    }

    @Test
    void aRefusedWebhookSaysWhy() {
        SettingsViewModel form = form(settings -> {
            throw new StoreException(new Failure.NotAllowed(new Failure.Evidence("NO_AUTH_FOUND",
                    "Wrong authorization data", 401)), "refused", null);
        });
        form.webhookUrlProperty().set("https://portal.example/rest/1/wrong/");

        form.testConnection();

        // the form is where the fix goes: no "Open Settings" inside the settings
        assertEquals("Bitrix24 did not accept the connection: the webhook or token is wrong or has expired. "
                + "Check it and test again.", form.statusProperty().get().text());
        assertEquals(List.of(), form.statusProperty().get().commands());
    }

    @Test
    void anUnknownHostSaysTheHostIsUnknown_notCheckTheNetwork() {
        SettingsViewModel vm = form(settings -> {
            throw new StoreException(new Failure.UnknownHost(Failure.Evidence.NONE), "no such host", null);
        });
        vm.webhookUrlProperty().set("https://portal.exmaple.com/rest/1/abc/");

        vm.testConnection();

        assertEquals("The host “portal.exmaple.com” is unknown: no portal answers to that name. Check the address "
                + "for a typo, then test again.", vm.statusProperty().get().text());
        assertEquals("", vm.statusProperty().get().detail());
    }

    @Test
    void saveNeedsTheSecretAndHandsOverTrimmedSettings() {
        SettingsViewModel form = form(settings -> { });
        assertFalse(form.save());
        assertEquals("Paste the webhook URL first.", form.statusProperty().get().text());

        form.oauthProperty().set(true);
        form.clientEndpointProperty().set("https://portal.example/rest/");
        form.accessTokenProperty().set("token-a ");
        assertTrue(form.save());

        assertEquals(List.of(ConnectionSettings.oauth("https://portal.example/rest/", "token-a", "", "", "")),
                applied);
    }

    @Test
    void aWebhookPastedWithInvisibleMarksAroundItIsUsedAsItLooks() {
        SettingsViewModel form = form(settings -> { });
        form.webhookUrlProperty().set("\u200Bhttps://portal.example/rest/1/abc/\u00A0\u200B");

        assertTrue(form.save());

        assertEquals(List.of(ConnectionSettings.webhook("https://portal.example/rest/1/abc/")), applied);
    }

    @Test
    void goingBackToThePracticePortalAsksFirst() {
        TestDesk desk = new TestDesk(dir);
        SettingsViewModel form = new SettingsViewModel(Optional.of(ConnectionSettings.webhook(
                "https://portal.example/rest/1/abc/")), portal(settings -> { }), desk, desk.texts, desk,
                new Appearance("", ""));

        desk.confirmAnswer = false;
        form.usePracticePortal();
        assertEquals(List.of(), forgotten);
        assertFalse(form.doneProperty().get());

        desk.confirmAnswer = true;
        form.usePracticePortal();
        assertEquals(List.of("forgotten"), forgotten);
        assertTrue(form.doneProperty().get());
    }

    @Test
    void aNewLanguageAppliesWhenTheFormCloses() {
        TestDesk desk = new TestDesk(dir);
        Appearance appearance = new Appearance("", "");
        SettingsViewModel form = new SettingsViewModel(Optional.empty(), portal(settings -> { }), desk, desk.texts,
                desk, appearance);

        form.languageProperty().set("ru");
        form.languageProperty().set("de"); // as arrow keys pass through the list
        assertEquals("", appearance.languageProperty().get());

        form.closed();
        assertEquals("de", appearance.languageProperty().get());
    }
}
