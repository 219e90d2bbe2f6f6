package dev.waitlistdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.settings.MachineConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code --check-portal} without an address checks what the desk would use: IT's machine-wide connection too. */
class MachineWideCheckTest {

    private final Path file = MachineConnection.folder().resolve("connection.json");

    @AfterEach
    void remove() throws Exception {
        Files.deleteIfExists(file);
    }

    @Test
    void theCheckReadsTheMachineWideConnection() throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"webhookUrl\":\"https://clinic.bitrix24.com/rest/1/itc0de/\",\"locked\":true}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        RestClient client = Main.portalClient(Optional.empty());

        assertEquals("clinic.bitrix24.com", client.portal().host());
    }

    @Test
    void withNeitherConnectionTheCheckSaysWhereItLooked() {
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Main.portalClient(Optional.empty()));

        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
    }
}
