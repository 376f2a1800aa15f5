package org.tracegraph.config;

import org.tracegraph.core.SettingsException;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * What only the user running Tracegraph may read: the data directory, the embedded store and its logs (which
 * hold the graph, the history and the queries run), and the secrets kept beside them. Directories 0700, files
 * 0600. On a file system without POSIX permissions nothing is changed: its own access rules apply.
 */
public final class OwnerOnly {
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** {@code dir}, made if missing (with its parents), readable by the owner only. */
    public static Path directory(Path dir) {
        try {
            Files.createDirectories(dir);
            restrict(dir, DIRECTORY);
            return dir;
        } catch (IOException e) {
            throw cannot(dir, e);
        }
    }

    /** Attributes for a file made readable by the owner only from its first byte ({@link Files#createFile}). */
    static FileAttribute<?>[] fileAttributes(Path file) {
        return posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** A file readable by the owner only (one kept from before this rule, or made by another program). */
    public static void file(Path file) {
        try {
            restrict(file, FILE);
        } catch (IOException e) {
            throw cannot(file, e);
        }
    }

    /**
     * Every directory under {@code root} 0700 and every file 0600: what Neo4j made with the process's umask
     * (typically 0755 and 0644). Files it makes later get the umask again, inside directories no one else may
     * enter. Symbolic links are not followed.
     */
    public static void tree(Path root) {
        if (!Files.isDirectory(root) || !posix(root)) return;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    restrict(dir, DIRECTORY);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (attributes.isRegularFile()) restrict(file, FILE);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // gone meanwhile (a rotated log, a finished transaction log)
                }
            });
        } catch (IOException e) {
            throw cannot(root, e);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (!posix(path)) return;
        if (!Files.getPosixFilePermissions(path).equals(permissions)) Files.setPosixFilePermissions(path, permissions);
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static SettingsException cannot(Path path, IOException e) {
        var why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
        return new SettingsException("Cannot make " + path + " readable by its owner only (" + why + "): the user"
                + " running Tracegraph must own DATA_DIR and everything in it", e);
    }
}
