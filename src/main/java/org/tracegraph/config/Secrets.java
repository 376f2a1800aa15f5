package org.tracegraph.config;

import org.tracegraph.core.SettingsException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Secrets that, when not given in the environment, are made once and kept in the data directory. */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A new secret: 192 random bits, URL-safe. */
    public static String random() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Reads the secret kept in {@code file}, or makes one and keeps it there (readable by the owner only). */
    public static String keptIn(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            var secret = random();
            Files.writeString(file, secret + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's own permissions are what protect it
            }
            return secret;
        } catch (IOException e) {
            throw new SettingsException("Cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }
}
