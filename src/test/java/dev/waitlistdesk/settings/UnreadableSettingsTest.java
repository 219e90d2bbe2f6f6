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
}
