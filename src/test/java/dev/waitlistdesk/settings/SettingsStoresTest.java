package dev.waitlistdesk.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.settings.DraftStore.Draft;
import dev.waitlistdesk.settings.DraftStore.Pick;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoresTest {

    @TempDir
    Path dir;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void settingsComeBackAndOnlyTheOwnerCanReadThem() throws Exception {
        Path file = dir.resolve("config/connection.json");
        ConnectionSettingsStore store = new ConnectionSettingsStore(file, json);
        ConnectionSettings settings = ConnectionSettings.webhook("https://portal.example/rest/1/s3cret/");

        store.save(settings);

        assertEquals(Optional.of(settings), new ConnectionSettingsStore(file, json).load());
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    @Test
    void theSecretNeverShowsInToString() {
        ConnectionSettings settings = ConnectionSettings.oauth("https://p.example/rest/", "token-4711", "refresh-0815",
                "app.1", "secret-42");
        assertFalse(settings.toString().contains("4711"));
        assertFalse(settings.toString().contains("0815"));
        assertFalse(settings.toString().contains("42"));
        assertFalse(settings.toString().contains("p.example"));
    }

    @Test
    void aDamagedFileMeansNoSettings() throws Exception {
        Path file = dir.resolve("connection.json");
        Files.writeString(file, "{not json");
        assertTrue(new ConnectionSettingsStore(file, json).load().isEmpty());
    }

    @Test
    void draftsSurviveANewStore() {
        Path file = dir.resolve("drafts.json");
        DraftStore drafts = new DraftStore(file, json);
        Draft draft = new Draft("Haircut", List.of(new Pick("CONTACT", 1, "Anna Petrova", "+49 30 1111")));

        drafts.put(12, draft);
        drafts.flush();

        assertEquals(Optional.of(draft), new DraftStore(file, json).get(12));
        drafts.remove(12);
        drafts.flush();
        assertTrue(new DraftStore(file, json).get(12).isEmpty());
    }

    /** Written off the caller's thread, in order: after close() the file holds the last of many quick changes. */
    @Test
    void manyQuickChangesEndWithTheLastOnDiskOnceClosed() {
        Path file = dir.resolve("drafts.json");
        DraftStore drafts = new DraftStore(file, json);
        for (int i = 1; i <= 500; i++) {
            drafts.put(i % 7, new Draft("note " + i, List.of(), "note", List.of(), List.of((long) i)));
            if (i % 3 == 0) {
                drafts.remove((i + 1) % 7);
            }
        }
        Map<Long, Draft> last = drafts.all();

        drafts.close();

        assertEquals(last, new DraftStore(file, json).all());
        assertEquals(List.of(500L), new DraftStore(file, json).get(500 % 7).orElseThrow().deals());
    }

    @Test
    void windowPrefsComeBackOwnerOnlyAndAMissingFileGivesTheDefaults() throws Exception {
        Path file = dir.resolve("config/window.json");
        WindowPrefsStore store = new WindowPrefsStore(file, json);
        assertEquals(WindowPrefs.DEFAULTS, store.load());

        WindowPrefs prefs = new WindowPrefs("dark", "pt-BR", 1300, 820, 0.42);
        store.save(prefs);

        assertEquals(prefs, new WindowPrefsStore(file, json).load());
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
