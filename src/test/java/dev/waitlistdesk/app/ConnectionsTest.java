package dev.waitlistdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.settings.ConnectionSettings;
import org.junit.jupiter.api.Test;

class ConnectionsTest {

    @Test
    void eachPortalHasItsOwnDraftsFileWhoseNameDoesNotSpellOutThePortal() {
        String one = Connections.draftsFileName(Portal.webhook("https://one.bitrix24.com/rest/1/abc123/"), false);
        String other = Connections.draftsFileName(Portal.webhook("https://other.bitrix24.com/rest/1/abc123/"), false);

        assertNotEquals(one, other);
        assertFalse(one.contains("one.bitrix24"));
        assertEquals("drafts-practice.json",
                Connections.draftsFileName(Portal.webhook("http://127.0.0.1:8090/rest/1/abc123/"), true));
    }

    @Test
    void settingsThatCannotWorkAreRefusedInPlainWords() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Connections.client(
                ConnectionSettings.webhook("https://portal.example.com/"), null, RestOptions.defaults()));
        assertFalse(refused.getMessage().isBlank());
    }
}
