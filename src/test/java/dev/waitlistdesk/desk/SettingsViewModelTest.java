package dev.waitlistdesk.desk;

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

    SettingsViewModel form(ConnectionTester tester) {
        TestDesk desk = new TestDesk(dir);
        return new SettingsViewModel(Optional.empty(), tester, desk, desk.texts, applied::add, () -> { });
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

        assertTrue(form.statusProperty().get().text().startsWith("Bitrix24 did not accept the connection"));
        assertEquals(List.of(), form.statusProperty().get().actions());
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
}
