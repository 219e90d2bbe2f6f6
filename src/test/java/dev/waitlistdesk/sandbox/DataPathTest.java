package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.LogCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding 6 (sandbox side): --data never renames a user's folder or file, and logs no file content. */
class DataPathTest {

    @TempDir
    Path folder;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFolderIsRefusedAndLeftWhereItIs() throws IOException {
        Path photos = Files.createDirectory(folder.resolve("photos"));
        Files.writeString(photos.resolve("a.txt"), "mine");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SandboxMain.checkDataFile(photos));

        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertEquals(List.of("photos"), names());
        assertEquals("mine", Files.readString(photos.resolve("a.txt")));
    }

    @Test
    void anUnrelatedTextFileIsRefusedAndLeftAlone() throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "shopping: milk, bread");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SandboxServer.start(SandboxConfig.defaults(notes)));

        assertTrue(e.getMessage().contains("not a sandbox data file"), e.getMessage());
        assertEquals(List.of("notes.txt"), names());
        assertEquals("shopping: milk, bread", Files.readString(notes));
    }

    @Test
    void onlyTheSandboxsOwnTemporaryFilesAreDeleted() throws IOException {
        Path data = folder.resolve("portal.json");
        Files.writeString(folder.resolve("portal.json.backup.tmp"), "a user's file");
        Files.writeString(folder.resolve("portal.json.saving-123456.tmp"), "{\"version\":1");

        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults(data)
                .withRateLimit(SandboxConfig.RateLimit.OFF))) {
            assertTrue(sandbox.data().waitlistCount() > 0);
        }

        assertEquals(List.of("portal.json", "portal.json.backup.tmp"), names());
    }

    @Test
    void anUnreadableDataFileIsMovedAsideWithoutItsContentInTheLog() throws IOException {
        // given a damaged data file whose broken part is a secret (the parser's message would quote it)
        String secret = "s3cr3tt0keninthefile";
        Path data = Files.writeString(folder.resolve("portal.json"),
                "{\"version\":1,\"webhookCode\":\"" + secret + "\",\"oauth\":{\"accessToken\":" + secret + "}");

        try (LogCapture logs = new LogCapture();
             SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults(data)
                     .withRateLimit(SandboxConfig.RateLimit.OFF))) {
            assertTrue(logs.lines().stream().anyMatch(line -> line.contains("unreadable")), logs.lines().toString());
            assertFalse(logs.lines().stream().anyMatch(line -> line.contains(secret)), logs.lines().toString());
        }
        assertTrue(names().stream().anyMatch(name -> name.startsWith("portal.json.unreadable-")));
    }
}
