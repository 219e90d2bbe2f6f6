package dev.waitlistdesk.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps {@link WindowPrefs} in a small owner-only JSON file next to the connection settings. */
public final class WindowPrefsStore {

    private static final System.Logger LOG = System.getLogger(WindowPrefsStore.class.getName());

    private final Path file;
    private final ObjectMapper json;

    public WindowPrefsStore(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** {@code window.json} in {@link AppDirs#configDir()}. */
    public static WindowPrefsStore inConfigDir(ObjectMapper json) {
        return new WindowPrefsStore(AppDirs.configDir().resolve("window.json"), json);
    }

    /** The saved preferences; the defaults when there are none or the file cannot be read. */
    public WindowPrefs load() {
        if (!Files.isRegularFile(file)) {
            return WindowPrefs.DEFAULTS;
        }
        try {
            WindowPrefs prefs = json.readValue(file.toFile(), WindowPrefs.class);
            return prefs == null ? WindowPrefs.DEFAULTS : prefs; // a file holding null reads as null
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the window preferences in {0} ({1}); using the defaults", file,
                    e.getClass().getSimpleName());
            return WindowPrefs.DEFAULTS;
        }
    }

    /** Saves quietly: a window size that cannot be remembered is not worth a dialog. */
    public void save(WindowPrefs prefs) {
        try {
            PrivateFiles.write(file, json.writeValueAsBytes(prefs));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot save the window preferences in {0} ({1})", file, e.getMessage());
        }
    }
}
