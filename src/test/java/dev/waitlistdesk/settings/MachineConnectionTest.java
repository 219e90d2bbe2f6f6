package dev.waitlistdesk.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IT's machine-wide connection: used when a desk has none, locked over the desk's own, refused when unsafe. */
class MachineConnectionTest {

    private static final String SHARED = "https://clinic.bitrix24.com/rest/1/itc0de/";
    private static final String OWN = "https://own.bitrix24.com/rest/3/myc0de/";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @TempDir
    Path machineDir;
    @TempDir
    Path userDir;
    private final ObjectMapper json = new ObjectMapper();
    private MachineConnection machine;
    private ConnectionSettingsStore own;

    @BeforeEach
    void stores() {
        machine = new MachineConnection(machineDir, json);
        own = new ConnectionSettingsStore(userDir.resolve("connection.json"), json);
    }

    /** As IT would: root-owned, readable by the desk's group only (here: the owner and group). */
    private void place(String content) throws IOException {
        Files.writeString(machine.file(), content);
        if (POSIX) {
            Files.setPosixFilePermissions(machine.file(), PosixFilePermissions.fromString("rw-r-----"));
        }
    }

    private Optional<ConnectionSource.Chosen> chosen() {
        return new ConnectionSource(own, machine).load();
    }

    @Test
    void aDeskWithoutItsOwnConnectionUsesTheMachineWideOne() throws IOException {
        place("{\"webhookUrl\":\"" + SHARED + "\",\"proxy\":\"proxy.clinic.local:3128\"}");

        ConnectionSource.Chosen chosen = chosen().orElseThrow();

        assertEquals(SHARED, chosen.settings().webhookUrl());
        assertEquals("proxy.clinic.local:3128", chosen.settings().proxy());
        assertTrue(chosen.machineWide());
        assertFalse(chosen.locked());
    }

    @Test
    void theDesksOwnConnectionWinsUnlessTheMachineWideOneIsLocked() throws IOException {
        own.save(ConnectionSettings.webhook(OWN));
        place("{\"webhookUrl\":\"" + SHARED + "\"}");
        assertEquals(OWN, chosen().orElseThrow().settings().webhookUrl());

        place("{\"webhookUrl\":\"" + SHARED + "\",\"locked\":true}");
        ConnectionSource.Chosen locked = chosen().orElseThrow();
        assertEquals(SHARED, locked.settings().webhookUrl());
        assertTrue(locked.locked());
        assertTrue(Files.exists(own.file()), "the desk's own file is left alone");
    }

    @Test
    void noFileMeansThePracticePortal() {
        assertEquals(Optional.empty(), chosen());
        assertEquals(Optional.empty(), machine.problem());
    }

    @Test
    void aFileEveryUserCanReadIsRefused() throws IOException {
        assumeTrue(POSIX);
        place("{\"webhookUrl\":\"" + SHARED + "\",\"locked\":true}");
        Files.setPosixFilePermissions(machine.file(), PosixFilePermissions.fromString("rw-r--r--"));

        assertEquals(Optional.empty(), chosen());
        assertTrue(machine.problem().orElseThrow().contains("readable by every user"), machine.problem().toString());
    }

    @Test
    void aFileThisUserMayNotReadIsSaidSo() throws IOException {
        assumeTrue(POSIX);
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        place("{\"webhookUrl\":\"" + SHARED + "\",\"locked\":true}");
        Files.setPosixFilePermissions(machine.file(), PosixFilePermissions.fromString("-w-------"));
        own.save(ConnectionSettings.webhook(OWN));

        assertEquals(OWN, chosen().orElseThrow().settings().webhookUrl());
        assertTrue(machine.problem().orElseThrow().contains("may not read it"), machine.problem().toString());
    }

    @Test
    void aBrokenOrOAuthFileIsRefusedWithoutQuotingIt() throws IOException {
        place("{\"webhookUrl\":\"" + SHARED + "\", oops");
        assertEquals(Optional.empty(), chosen());
        assertTrue(machine.problem().orElseThrow().contains("cannot be read"), machine.problem().toString());
        assertFalse(machine.problem().orElseThrow().contains("itc0de"));

        place("{\"mode\":\"OAUTH\",\"clientEndpoint\":\"https://clinic.bitrix24.com/rest/\"}");
        assertEquals(Optional.empty(), chosen());
        assertTrue(machine.problem().orElseThrow().contains("incoming webhook only"));
    }

    @Test
    void theFolderIsPerOperatingSystemAndOverridable() {
        assertEquals(Path.of(System.getProperty(MachineConnection.FOLDER_PROPERTY)), MachineConnection.folder());
        assertEquals(MachineConnection.folder().resolve("certificates"), MachineConnection.certificates());
    }
}
