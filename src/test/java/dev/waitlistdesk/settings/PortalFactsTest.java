package dev.waitlistdesk.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is learned about a portal is kept per portal, in a file only its owner reads, across restarts. */
class PortalFactsTest {

    @TempDir
    Path dir;

    @Test
    void aLearnedFactSurvivesARestart_perPortal_inAnOwnerOnlyFile() throws Exception {
        Path file = dir.resolve("portal-facts.json");
        new PortalFacts(file, new ObjectMapper()).clientSet("acme.bitrix24.de", "APPENDS");

        PortalFacts again = new PortalFacts(file, new ObjectMapper());

        assertEquals(Optional.of("APPENDS"), again.clientSet("acme.bitrix24.de"));
        assertEquals(Optional.empty(), again.clientSet("other.bitrix24.de"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFileHoldingNullOrGarbage_isLearnedAgain() throws Exception {
        Path file = dir.resolve("portal-facts.json");
        for (String content : new String[] {"null", "{\"a\":null}", "[1,2", "\"text\""}) {
            Files.writeString(file, content);
            PortalFacts facts = new PortalFacts(file, new ObjectMapper());
            assertEquals(Optional.empty(), facts.clientSet("a"), content);
            facts.clientSet("a", "REPLACES");
            assertEquals(Optional.of("REPLACES"), new PortalFacts(file, new ObjectMapper()).clientSet("a"));
        }
    }
}
