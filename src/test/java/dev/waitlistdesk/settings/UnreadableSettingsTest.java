package dev.waitlistdesk.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.bitrix.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding 6 (settings side): an unreadable connection.json is kept aside and reported, not silently skipped. */
class UnreadableSettingsTest {

    @TempDir
    Path dir;

    @Test
    void anUnreadableFileIsKeptAsideUnderATimeStampedName() throws Exception {
        // given a damaged file that holds a secret
        Path file = dir.resolve("connection.json");
        String damaged = "{\"mode\":\"WEBHOOK\",\"webhookUrl\":\"https://p.example/rest/1/s3cr3tc0de/\"";
        Files.writeString(file, damaged);
        ConnectionSettingsStore store = new ConnectionSettingsStore(file, new ObjectMapper(),
                Clock.fixed(Instant.parse("2026-11-26T18:30:05Z"), ZoneOffset.UTC));

        // when
        Optional<ConnectionSettings> settings;
        try (LogCapture logs = new LogCapture()) {
            settings = store.load();
            assertFalse(logs.lines().stream().anyMatch(line -> line.contains("s3cr3tc0de")), logs.lines().toString());
        }

        // then
        Path aside = dir.resolve("connection.json.unreadable-20261126T183005Z");
        assertTrue(settings.isEmpty());
        assertEquals(Optional.of(aside), store.setAside());
        assertEquals(damaged, Files.readString(aside), "kept as it was");
        assertFalse(Files.exists(file));
    }

    @Test
    void aReadableOrMissingFileIsNotSetAside() {
        ConnectionSettingsStore store = new ConnectionSettingsStore(dir.resolve("connection.json"), new ObjectMapper());
        assertTrue(store.load().isEmpty());
        store.save(ConnectionSettings.webhook("https://p.example/rest/1/abc/"));

        assertTrue(store.load().isPresent());
        assertEquals(Optional.empty(), store.setAside());
    }

    @Test
    void nullInAnyOfOurFiles_isAnUnreadableFile() throws Exception {
        Path connection = dir.resolve("connection.json");
        Files.writeString(connection, "null");
        ConnectionSettingsStore settings = new ConnectionSettingsStore(connection, new ObjectMapper());
        assertTrue(settings.load().isEmpty());
        assertTrue(settings.setAside().isPresent(), "kept aside, so the receptionist is told");

        Path window = dir.resolve("window.json");
        Files.writeString(window, "null");
        assertEquals(WindowPrefs.DEFAULTS, new WindowPrefsStore(window, new ObjectMapper()).load());

        for (String content : new String[] {"null", "{\"5\":null}"}) {
            Path drafts = dir.resolve("drafts-" + content.length() + ".json");
            Files.writeString(drafts, content);
            DraftStore store = new DraftStore(drafts, new ObjectMapper());
            assertTrue(store.setAside().isPresent(), content);
            assertTrue(store.all().isEmpty(), content);
            store.put(5, new DraftStore.Draft("note", java.util.List.of()));
            store.close();
            assertEquals(1, new DraftStore(drafts, new ObjectMapper()).all().size(), "the desk goes on: " + content);
        }
    }

    @Test
    void aReadableButUnusableFile_isKeptAsideLikeAnUnreadableOne() throws Exception {
        Path file = dir.resolve("connection.json");
        ConnectionSettingsStore store = new ConnectionSettingsStore(file, new ObjectMapper());
        store.save(ConnectionSettings.webhook("https://p.example/rest/1/abc/"));

        store.putAsideUnusable();

        assertTrue(store.setAside().isPresent());
        assertFalse(Files.exists(file));
    }

    @Test
    void tempFilesLeftByAKilledWrite_areDeletedAtStart_butNotAFreshOne() throws Exception {
        Path old = Files.writeString(dir.resolve(".tmp-123.json"), "{}");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        Path fresh = Files.writeString(dir.resolve(".tmp-456.json"), "{}");
        Path kept = Files.writeString(dir.resolve("drafts.json"), "{}");

        PrivateFiles.removeLeftovers(dir);

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh), "maybe another copy of the app is writing it");
        assertTrue(Files.exists(kept));
    }
}
