package dev.waitlistdesk.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Optional;

/**
 * The connection IT places once for every desk of a computer: {@code connection.json} in the
 * machine-wide folder ({@link #folder()}), used when a desk has none of its own, or always when it says
 * {@code "locked": true}. It holds an incoming webhook only (OAuth tokens change at every refresh, which a
 * shared read-only file cannot follow), and it must not be readable by every user of the computer.
 */
public final class MachineConnection {

    /** Overrides the machine-wide folder (tests, or a folder of IT's choosing). */
    public static final String FOLDER_PROPERTY = "waitlistdesk.machineDir";
    static final String FILE = "connection.json";

    private static final System.Logger LOG = System.getLogger(MachineConnection.class.getName());

    /** What the file says; {@code locked}: receptionists cannot change it or go back to the practice portal. */
    public record Loaded(ConnectionSettings settings, boolean locked, Path file) {
    }

    private final Path folder;
    private final ObjectMapper json;
    private volatile String problem;

    public MachineConnection(Path folder, ObjectMapper json) {
        this.folder = folder;
        this.json = json;
    }

    /** The one of this computer, in {@link #folder()}. */
    public static MachineConnection ofThisComputer(ObjectMapper json) {
        return new MachineConnection(folder(), json);
    }

    /**
     * {@code /etc/waitlist-desk} on Linux, {@code %ProgramData%\WaitlistDesk} on Windows,
     * {@code /Library/Application Support/WaitlistDesk} on macOS; {@code -Dwaitlistdesk.machineDir} overrides it.
     */
    public static Path folder() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String programData = System.getenv("ProgramData");
            return Path.of(programData == null ? "C:\\ProgramData" : programData, "WaitlistDesk");
        }
        if (os.contains("mac")) {
            return Path.of("/Library/Application Support/WaitlistDesk");
        }
        return Path.of("/etc/waitlist-desk");
    }

    /** IT's extra certificate authorities (PEM files), beside the machine-wide connection. */
    public static Path certificates() {
        return folder().resolve("certificates");
    }

    public Path file() {
        return folder.resolve(FILE);
    }

    /** The machine-wide connection; empty when there is none or it cannot be used ({@link #problem()} says why). */
    public Optional<Loaded> load() {
        Path file = file();
        problem = null;
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            if (readableByEveryone(file)) {
                return refuse("it is readable by every user of this computer; make it readable only by the "
                        + "desk's users (e.g. chown root:waitlist-desk, chmod 640)");
            }
            JsonNode root = json.readTree(Files.readAllBytes(file));
            if (root == null || !root.isObject()) {
                return refuse("it is not a JSON object");
            }
            if (!root.path("mode").asText("WEBHOOK").equalsIgnoreCase("WEBHOOK")) {
                return refuse("it may hold an incoming webhook only (\"webhookUrl\"), not OAuth tokens");
            }
            String webhook = root.path("webhookUrl").asText("");
            if (webhook.isBlank()) {
                return refuse("it has no \"webhookUrl\"");
            }
            ConnectionSettings settings = ConnectionSettings.webhook(webhook).withProxy(root.path("proxy").asText(""));
            return Optional.of(new Loaded(settings, root.path("locked").asBoolean(false), file));
        } catch (AccessDeniedException e) {
            return refuse("this user may not read it (IT: add the user to the group that may)");
        } catch (IOException e) {
            // the parser's message could quote the webhook: only its type is kept
            return refuse("it cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Why the last {@link #load()} found a file but did not use it; empty when it did, or found none. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private Optional<Loaded> refuse(String why) {
        problem = "The machine-wide connection " + file() + " is not used: " + why;
        LOG.log(Level.WARNING, problem);
        return Optional.empty();
    }

    private static boolean readableByEveryone(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        // Windows: %ProgramData% files carry ACLs; IT sets them (docs); nothing to check in a portable way
        return posix != null && posix.readAttributes().permissions().contains(PosixFilePermission.OTHERS_READ);
    }
}
