package dev.waitlistdesk.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Keeps the connection settings in one owner-only JSON file in the user's config folder. */
public final class ConnectionSettingsStore {

    private static final System.Logger LOG = System.getLogger(ConnectionSettingsStore.class.getName());

    private final Path file;
    private final ObjectMapper json;

    public ConnectionSettingsStore(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    /** {@code connection.json} in {@link AppDirs#configDir()}. */
    public static ConnectionSettingsStore inConfigDir(ObjectMapper json) {
        return new ConnectionSettingsStore(AppDirs.configDir().resolve("connection.json"), json);
    }

    /** The saved settings; empty when there are none or the file cannot be read (logged, without content). */
    public Optional<ConnectionSettings> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), ConnectionSettings.class));
        } catch (IOException | RuntimeException e) {
            // The exception text could quote the file's content, so only its type is logged.
            LOG.log(Level.WARNING, "Cannot read the connection settings in {0} ({1}); starting without them",
                    file, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    public void save(ConnectionSettings settings) {
        try {
            PrivateFiles.write(file, json.writeValueAsBytes(settings));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the connection settings in " + file, e);
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file, e);
        }
    }

    public Path file() {
        return file;
    }
}
