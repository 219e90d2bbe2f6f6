package dev.waitlistdesk.settings;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files only their owner can read. The file is created with rw------- (never chmod'ed
 * afterwards, so there is no moment when others could read it) and then moved over the old one,
 * so a crash mid-write leaves the previous version intact.
 */
public final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    public static void write(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            if (POSIX) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        Path temp = POSIX
                ? Files.createTempFile(dir, ".tmp-", ".json", ownerOnly())
                : Files.createTempFile(dir, ".tmp-", ".json"); // Windows: the profile folder is private
        try {
            Files.write(temp, content);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes temp files that a write killed half-way left in {@code dir}; only files older than a
     * minute, so a write running right now in another copy of the app keeps its file.
     */
    static void removeLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        long before = System.currentTimeMillis() - 60_000;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".tmp-*.json")) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).toMillis() < before) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            System.getLogger(PrivateFiles.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot clear left-over temp files in {0}: {1}", dir, e.getMessage());
        }
    }

    private static FileAttribute<?> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }
}
