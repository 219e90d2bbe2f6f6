package dev.waitlistdesk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Writes the data file atomically (temporary file in the same folder, then an atomic rename), so a
 * killed process leaves the old file or the new one, never half of one. (No fsync: that guards
 * against power loss, not against a killed process, and costs more than the write itself.)
 * Changes are saved by one writer thread: a change waits until a save that includes it is written
 * ("group commit"), and all changes made while a save runs share the next one. So an acknowledged
 * change is in the file, and concurrent writers cost one file write, not one each.
 */
final class DataFile implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DataFile.class.getName());
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    /** Our temporary files are named FILE.saving-<digits>.tmp; nothing else next to the file is ours. */
    private static final String TEMP_INFIX = ".saving-";
    /** Every data file this sandbox writes starts so (PortalState's first field). */
    private static final Pattern OWN_START = Pattern.compile("\\A\\s*\\{\\s*\"version\"\\s*:");

    private final Path path;
    private final Supplier<byte[]> snapshot;
    private final Thread writer;
    private long requested;
    private long saved;
    private boolean closed;
    private IOException failure;

    DataFile(Path path, Supplier<byte[]> snapshot) {
        this.path = path.toAbsolutePath();
        this.snapshot = snapshot;
        this.writer = new Thread(this::saveLoop, "sandbox-data-writer");
        writer.setDaemon(true);
        writer.start();
    }

    Path path() {
        return path;
    }

    /** Records that the data changed; call it while still holding the lock the change was made under. */
    synchronized long changed() {
        requested++;
        notifyAll();
        return requested;
    }

    /** Blocks until the change numbered {@code generation} is on disk. */
    synchronized void awaitSaved(long generation) {
        boolean interrupted = false;
        while (saved < generation && writer.isAlive()) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw new UncheckedIOException("The sandbox could not save its data file", failure);
        }
    }

    /** Saves what is pending and stops the writer. */
    @Override
    public void close() {
        long last;
        synchronized (this) {
            last = requested;
        }
        awaitSaved(last);
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void saveLoop() {
        while (true) {
            long target;
            synchronized (this) {
                while (requested == saved && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (requested == saved) {
                    return;
                }
                target = requested;
            }
            IOException error = null;
            try {
                writeAtomically(path, snapshot.get());
            } catch (IOException | RuntimeException e) {
                error = e instanceof IOException ? (IOException) e : new IOException(e);
                LOG.log(System.Logger.Level.ERROR, "Could not save the sandbox data file " + path, e);
            }
            synchronized (this) {
                failure = error;
                saved = target;
                notifyAll();
            }
        }
    }

    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        createOwnerOnlyFolder(folder);
        Path temp = POSIX
                ? Files.createTempFile(folder, file.getFileName() + TEMP_INFIX, ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, file.getFileName() + TEMP_INFIX, ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void createOwnerOnlyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        FileAttribute<?>[] ownerOnly = POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
        Files.createDirectories(folder, ownerOnly);
    }

    /**
     * Refuses a path the sandbox must not replace or move aside: a folder, or a file that is not one
     * of its data files (a user's text file given to {@code --data} by mistake). An absent or empty
     * file is fine: the sandbox seeds it.
     *
     * @throws IllegalArgumentException in plain words, without quoting the file
     */
    static void refuseForeign(Path file) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("The sandbox data path " + file + " is a folder; give a file name,"
                    + " e.g. " + file.resolve(SandboxDirs.FILE_NAME));
        }
        if (!Files.isRegularFile(file)) {
            return;
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(64);
        } catch (IOException e) {
            throw new IllegalArgumentException("The sandbox data file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (start.length > 0 && !OWN_START.matcher(new String(start, StandardCharsets.UTF_8)).find()) {
            throw new IllegalArgumentException("The file " + file + " is not a sandbox data file; the sandbox"
                    + " leaves it alone. Give a new file name, or the path of a sandbox data file.");
        }
    }

    /** A process killed while saving leaves its temporary file behind; only files named by us are deleted. */
    static void deleteOwnTemporaryFiles(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        Pattern ours = Pattern.compile(Pattern.quote(file.getFileName() + TEMP_INFIX) + "[0-9]+\\.tmp");
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
                candidate -> ours.matcher(candidate.getFileName().toString()).matches())) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete old temporary files next to " + file + ": "
                    + e.getClass().getSimpleName());
        }
    }
}
