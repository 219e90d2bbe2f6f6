package dev.waitlistdesk.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/** Keeps the connection settings in one owner-only JSON file in the user's config folder. */
public final class ConnectionSettingsStore {

    private static final System.Logger LOG = System.getLogger(ConnectionSettingsStore.class.getName());

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile Path setAside;

    public ConnectionSettingsStore(Path file, ObjectMapper json) {
        this(file, json, Clock.systemUTC());
    }

    ConnectionSettingsStore(Path file, ObjectMapper json, Clock clock) {
        this.file = file;
        this.json = json;
        this.clock = clock;
    }

    /** {@code connection.json} in {@link AppDirs#configDir()}. */
    public static ConnectionSettingsStore inConfigDir(ObjectMapper json) {
        return new ConnectionSettingsStore(AppDirs.configDir().resolve("connection.json"), json);
    }

    /**
     * The saved settings; empty when there are none or the file cannot be read. An unreadable file is
     * kept aside as {@code connection.json.unreadable-<time>} (see {@link #setAside()}), so the user can
     * be told and nothing they typed is lost or silently overwritten.
     */
    public Optional<ConnectionSettings> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Objects.requireNonNull(json.readValue(file.toFile(), ConnectionSettings.class),
                    "the file holds null"));
        } catch (IOException | RuntimeException e) {
            // The exception text could quote the file's content, so only its type is logged.
            putAside(e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * Settings that could be read but not used (say, a malformed address) go aside like unreadable
     * ones, so the receptionist gets the same dialog instead of a silent start on the practice portal.
     */
    public void putAsideUnusable() {
        putAside("unusable");
    }

    private void putAside(String why) {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + STAMP.format(clock.instant()));
        try {
            Files.move(file, aside);
            setAside = aside;
            LOG.log(Level.WARNING, "Cannot use the connection settings in {0} ({1}); kept the file as {2}",
                    file, why, aside.getFileName());
        } catch (IOException moveFailed) {
            LOG.log(Level.WARNING, "Cannot use the connection settings in {0} ({1}), nor move them aside ({2})",
                    file, why, moveFailed.getClass().getSimpleName());
        }
    }

    /** Where an unreadable settings file was moved by the last {@link #load()} of this store, if it was. */
    public Optional<Path> setAside() {
        return Optional.ofNullable(setAside);
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
