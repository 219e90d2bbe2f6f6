package dev.waitlistdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestOptions;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.portal.booking.PortalFacts;
import dev.waitlistdesk.settings.ConnectionSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionsTest {

    @Test
    void eachPortalHasItsOwnDraftsFileWhoseNameDoesNotSpellOutThePortal() {
        String one = Connections.draftsFileName(Portal.webhook("https://one.bitrix24.com/rest/1/abc123/"), false);
        String other = Connections.draftsFileName(Portal.webhook("https://other.bitrix24.com/rest/1/abc123/"), false);

        assertNotEquals(one, other);
        assertFalse(one.contains("one.bitrix24"));
        assertNotEquals(Connections.draftsFileName(Portal.webhook("http://127.0.0.1:18091/rest/1/abc123/"), false),
                Connections.draftsFileName(Portal.webhook("http://127.0.0.1:18092/rest/1/abc123/"), false),
                "two portals on one server: record 12 of one got the picks made for record 12 of the other");
        assertEquals(one, Connections.draftsFileName(Portal.webhook("https://one.bitrix24.com:443/rest/1/x9/"), false),
                "the usual port is the same portal (and the drafts file of a portal stays where it was)");
        assertEquals("drafts-practice.json",
                Connections.draftsFileName(Portal.webhook("http://127.0.0.1:8090/rest/1/abc123/"), true));
    }

    @Test
    void theOldSharedFactsFileIsReadOnce_intoEachPortalsOwnFile(@TempDir Path data) throws Exception {
        // given the file that kept every portal's client.set by host before the facts moved into one file per portal
        Files.writeString(data.resolve("portal-facts.json"),
                "{\"one.bitrix24.com\":\"APPENDS\",\"practice portal\":\"REPLACES\",\"two.bitrix24.com\":\"SOMETIMES\"}");
        ObjectMapper json = new ObjectMapper();

        PortalFacts one = Connections.portalFacts(data, Portal.webhook("https://one.bitrix24.com/rest/1/abc123/"), false, json);

        assertEquals(Optional.of(PortalFacts.ClientSet.APPENDS), one.clientSet());
        assertFalse(Files.exists(data.resolve("portal-facts.json")), "read once");
        assertEquals(Optional.of(PortalFacts.ClientSet.REPLACES), Connections.portalFacts(data,
                Portal.webhook("http://127.0.0.1:8090/rest/1/abc123/"), true, json).clientSet());
        assertEquals(Optional.empty(), Connections.portalFacts(data,
                Portal.webhook("https://two.bitrix24.com/rest/1/abc123/"), false, json).clientSet());
    }

    @Test
    void settingsThatCannotWorkAreRefusedInPlainWords() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Connections.client(
                ConnectionSettings.webhook("https://portal.example.com/"), null, RestOptions.defaults()));
        assertFalse(refused.getMessage().isBlank());
    }
}
