package dev.waitlistdesk.sandbox;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The default data file of a sandbox started alone. The same per-OS folder as the app's settings
 * (repeated here because the sandbox shares no code with the app); {@code -Dwaitlistdesk.dataDir}
 * overrides it.
 */
final class SandboxDirs {

    static final String FILE_NAME = "sandbox-portal.json";

    private SandboxDirs() {
    }

    static Path defaultDataFile() {
        return dataDir().resolve(FILE_NAME);
    }

    static Path dataDir() {
        String override = System.getProperty("waitlistdesk.dataDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String base = System.getenv("LOCALAPPDATA");
            return (base == null ? home : Path.of(base)).resolve("WaitlistDesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/WaitlistDesk");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local/share") : Path.of(xdg)).resolve("waitlist-desk");
    }
}
