package org.tracegraph.config;

import org.tracegraph.core.SettingsException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * Reads the secret kept in {@code file}, or makes one and keeps it there: readable by the owner only, from
     * its first byte (made with those permissions, not narrowed after it was written), in a directory only the
     * owner may enter. A file kept from before, with wider permissions, is narrowed.
     */
    public static String keptIn(Path file) {
        try {
            OwnerOnly.directory(file.toAbsolutePath().getParent());
            if (Files.exists(file)) {
                OwnerOnly.file(file);
                return Files.readString(file).strip();
            }
            var secret = random();
            Files.createFile(file, OwnerOnly.fileAttributes(file));
            Files.writeString(file, secret + "\n");
            return secret;
        } catch (IOException e) {
            throw new SettingsException("Cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }
}
