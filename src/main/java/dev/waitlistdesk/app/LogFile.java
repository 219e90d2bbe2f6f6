package dev.waitlistdesk.app;

import dev.waitlistdesk.bitrix.Redaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The desk's log: what the classes say through {@code System.Logger} goes to java.util.logging and from
 * there into {@code logs/waitlist-desk.0.log} in the data folder, rotating through {@value #COUNT} files
 * of about 1 MB. Every line passes {@link Redaction} on its way in, stack traces included, so a secret
 * never reaches the disk; the folder is the user's alone.
 */
public final class LogFile {

    static final int LIMIT = 1_000_000;
    static final int COUNT = 4;
    static final String NAME = "waitlist-desk";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private LogFile() {
    }

    /** The log folder in a data folder. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve("logs");
    }

    /** The file written now; older ones are {@code .1.log} to {@code .3.log}. */
    public static Path current(Path dataDir) {
        return folder(dataDir).resolve(NAME + ".0.log");
    }

    /**
     * Sends every logger's INFO and above to the log file as well as wherever it went before (the
     * console, for a start from a terminal). A folder that cannot be written costs the file, not the start.
     *
     * @return the handler, to close in tests; null when the file could not be opened
     */
    public static Handler install(Path dataDir) {
        Path folder = folder(dataDir);
        try {
            ownerOnlyFolder(folder);
            FileHandler handler = new FileHandler(folder.resolve(NAME + ".%g.log").toString(), LIMIT, COUNT, true);
            handler.setEncoding(StandardCharsets.UTF_8.name());
            handler.setFormatter(new RedactingFormatter());
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            for (Handler console : root.getHandlers()) { // the console of a start from a terminal: no secrets either
                console.setFormatter(new RedactingFormatter());
            }
            if (root.getLevel() == null || root.getLevel().intValue() > Level.INFO.intValue()) {
                root.setLevel(Level.INFO);
            }
            root.addHandler(handler);
            return handler;
        } catch (IOException | RuntimeException e) {
            System.getLogger(LogFile.class.getName()).log(System.Logger.Level.WARNING,
                    "No log file in {0}: {1}", folder, e.toString());
            return null;
        }
    }

    /** The last {@code count} lines of the log, oldest first, across rotated files. */
    public static List<String> lastLines(Path dataDir, int count) {
        Deque<String> last = new ArrayDeque<>();
        for (int generation = COUNT - 1; generation >= 0; generation--) {
            Path file = folder(dataDir).resolve(NAME + "." + generation + ".log");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (last.size() == count) {
                        last.removeFirst();
                    }
                    last.addLast(line);
                }
            } catch (IOException e) {
                last.addLast("(" + file.getFileName() + " could not be read: " + e.getClass().getSimpleName() + ")");
            }
        }
        return new ArrayList<>(last);
    }

    private static void ownerOnlyFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // the files inherit the umask (often world-readable): a private folder keeps them private
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** One line per record (then the stack trace), in UTC, with secrets hidden. */
    static final class RedactingFormatter extends Formatter {

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(record.getInstant())).append(' ')
                    .append(String.format("%-7s", record.getLevel().getName())).append(' ')
                    .append(shortName(record.getLoggerName())).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return Redaction.redactKnown(line.toString());
        }

        private static String shortName(String logger) {
            return logger == null ? "" : logger.substring(logger.lastIndexOf('.') + 1);
        }
    }
}
