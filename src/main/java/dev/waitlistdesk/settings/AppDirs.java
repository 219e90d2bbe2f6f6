package dev.waitlistdesk.settings;

import java.nio.file.Path;
import java.util.Locale;

/** Where the app keeps its files, per OS conventions; {@code -Dwaitlistdesk.dataDir} overrides both. */
public final class AppDirs {

    private static final String APP = "waitlist-desk";

    private AppDirs() {
    }

    /** User data: the sandbox portal's data file, drafts. */
    public static Path dataDir() {
        return override().orElse(osDir("XDG_DATA_HOME", ".local/share", "LOCALAPPDATA"));
    }

    /** User configuration: connection settings and the stored secret. */
    public static Path configDir() {
        return override().map(p -> p.resolve("config")).orElse(osDir("XDG_CONFIG_HOME", ".config", "APPDATA"));
    }

    /** Deletes what writes killed half-way left behind in both folders (see {@link PrivateFiles}). */
    public static void removeTempLeftovers() {
        PrivateFiles.removeLeftovers(dataDir());
        PrivateFiles.removeLeftovers(configDir());
    }

    private static java.util.Optional<Path> override() {
        String dir = System.getProperty("waitlistdesk.dataDir");
        return dir == null || dir.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(dir));
    }

    private static Path osDir(String xdgVariable, String xdgDefault, String windowsVariable) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String base = System.getenv(windowsVariable);
            return (base == null ? home : Path.of(base)).resolve("WaitlistDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/WaitlistDesk");
        }
        String xdg = System.getenv(xdgVariable);
        return (xdg == null || xdg.isBlank() ? home.resolve(xdgDefault) : Path.of(xdg)).resolve(APP);
    }
}
