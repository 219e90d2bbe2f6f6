package dev.waitlistdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.Portal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file: every logger of the app writes to it, no secret reaches it, and it rotates. */
class LogFileTest {

    private static final String CODE = "wh7code9secret42";
    private static final String ACCESS = "acc3ss-tok3n-5ecret";
    private static final String REFRESH = "refr3sh-tok3n-5ecret";
    private static final String CLIENT_SECRET = "cl13nt-5ecret-value";

    @TempDir
    Path data;
    private Handler handler;
    private final Level rootLevel = Logger.getLogger("").getLevel();
    private final Handler[] consoles = Logger.getLogger("").getHandlers();

    @BeforeEach
    void quietConsole() { // thousands of stack traces on purpose: the file is what is looked at
        for (Handler console : consoles) {
            Logger.getLogger("").removeHandler(console);
        }
    }

    @AfterEach
    void removeHandler() {
        if (handler != null) {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
        }
        for (Handler console : consoles) {
            Logger.getLogger("").addHandler(console);
        }
        Logger.getLogger("").setLevel(rootLevel);
    }

    /** Every secret shape the app handles, as it could appear in text that is logged. */
    private static List<String> secretShapes() {
        return List.of(
                "https://clinic.bitrix24.com/rest/1/" + CODE + "/booking.v1.waitlist.get",
                "https://clinic.bitrix24.com/rest/1/" + CODE + "/",
                "POST /rest/1/" + CODE,
                "https://clinic.bitrix24.com/rest/booking.v1.waitlist.list?auth=" + ACCESS,
                "https://oauth.bitrix.info/oauth/token/?grant_type=refresh_token&client_id=app.1&client_secret="
                        + CLIENT_SECRET + "&refresh_token=" + REFRESH,
                "{\"auth\":\"" + ACCESS + "\",\"id\":4}",
                "{\"access_token\": \"" + ACCESS + "\", \"refresh_token\": \"" + REFRESH + "\"}",
                "{\"client_secret\":\"" + CLIENT_SECRET + "\"}",
                "the parser choked on " + ACCESS + " at column 3",   // a bare token: redacted by value
                "unexpected character in " + REFRESH,
                "code " + CODE + " in a message without its URL");
    }

    /** The classes that log, found in the sources, so a new one is covered without editing this test. */
    private static Set<String> loggerNames() throws IOException {
        Pattern declared = Pattern.compile("System\\.getLogger\\((\\w+)\\.class\\.getName\\(\\)\\)");
        Set<String> names = new TreeSet<>(Set.of("", "dev.waitlistdesk", "okhttp3"));
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = declared.matcher(Files.readString(file));
                String pkg = sources.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.');
                while (matcher.find()) {
                    names.add(pkg + "." + matcher.group(1));
                }
            }
        }
        return names;
    }

    @Test
    void noSecretShapeThroughAnyLoggerReachesTheFile() throws IOException {
        // Given: the portals the desk was set up with, so their secrets are known by value
        Portal.webhook("https://clinic.bitrix24.com/rest/1/" + CODE + "/");
        Portal.oauth("https://clinic.bitrix24.com/rest/", ACCESS, REFRESH, "app.1", CLIENT_SECRET);
        handler = LogFile.install(data);
        Set<String> loggers = loggerNames();
        assertTrue(loggers.size() >= 12, "the app's loggers were found: " + loggers);

        // When: each logger logs each shape as message, parameter, exception and cause, at each level
        int marker = 0;
        for (String name : loggers) {
            System.Logger log = System.getLogger(name);
            for (String secret : secretShapes()) {
                log.log(System.Logger.Level.INFO, "m" + (++marker) + " " + secret);
                log.log(System.Logger.Level.WARNING, "m" + (++marker) + " failed: {0}", secret);
                Exception cause = new IllegalStateException("cause " + secret);
                log.log(System.Logger.Level.ERROR, "m" + (++marker) + " error", new RuntimeException(secret, cause));
                Logger.getLogger(name).log(Level.WARNING, "m" + (++marker) + " {0} {1}", new Object[] {1, secret});
            }
        }
        handler.flush();

        // Then: every record is in the file, and no secret
        String written = String.join("\n", LogFile.lastLines(data, Integer.MAX_VALUE)); // stack traces fill several files
        for (int m = 1; m <= marker; m++) {
            assertTrue(written.contains(" m" + m + " "), "record m" + m + " was written: " + written.substring(0, Math.min(3000, written.length())));
        }
        for (String secret : List.of(CODE, ACCESS, REFRESH, CLIENT_SECRET)) {
            assertFalse(written.contains(secret), "a secret reached the log file: " + secret);
        }
        assertTrue(written.contains("/rest/1/***/"), "the webhook's place is still readable");
    }

    @Test
    void rotatesThroughFourFilesOfAboutOneMegabyte() throws IOException {
        handler = LogFile.install(data);
        System.Logger log = System.getLogger("dev.waitlistdesk.app.LogFileTest");
        String filler = "x".repeat(1000);
        for (int i = 0; i < 5_000; i++) { // about 5 MB: more than the four files hold
            log.log(System.Logger.Level.INFO, "line " + i + " " + filler);
        }
        handler.flush();

        try (Stream<Path> files = Files.list(LogFile.folder(data))) {
            List<Path> logs = files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
            assertEquals(LogFile.COUNT, logs.size(), logs.toString());
            for (Path file : logs) {
                assertTrue(Files.size(file) <= LogFile.LIMIT + 2_000, file + ": " + Files.size(file));
            }
        }
        List<String> last = LogFile.lastLines(data, 200);
        assertEquals(200, last.size());
        assertTrue(last.get(199).contains("line 4999 "), last.get(199));
        assertTrue(last.get(0).contains("line 4800 "), last.get(0));
        if (Files.getFileStore(data).supportsFileAttributeView("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(LogFile.folder(data))), "only the user reads the log");
        }
    }
}
