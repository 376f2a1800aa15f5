package org.tracegraph.http;

import java.util.List;
import java.util.Optional;
import org.tracegraph.config.Secrets;

/**
 * How the web app guards itself: the reader and admin tokens (the editor token stays where it was, in the
 * app context), the sites whose pages may call the API (CORS), each client's budget of requests a minute
 * ({@code 0}: no limit) and the largest bodies it reads.
 */
public record Protection(Optional<String> readerToken, String adminToken, List<String> corsOrigins,
                         int requestsPerMinute, int writesPerMinute, long maxBodyBytes, long maxImportBytes,
                         long maxImportInflatedBytes, long maxImportRows) {
    static final long DEFAULT_MAX_IMPORT_INFLATED_BYTES = 1L << 30;
    static final long DEFAULT_MAX_IMPORT_ROWS = 1_000_000;

    /** With the default limits on what an import may inflate to and hold. */
    public Protection(Optional<String> readerToken, String adminToken, List<String> corsOrigins,
                      int requestsPerMinute, int writesPerMinute, long maxBodyBytes, long maxImportBytes) {
        this(readerToken, adminToken, corsOrigins, requestsPerMinute, writesPerMinute, maxBodyBytes, maxImportBytes,
                DEFAULT_MAX_IMPORT_INFLATED_BYTES, DEFAULT_MAX_IMPORT_ROWS);
    }

    /** Public reads, no admin, no CORS, no rate limit, 1 MiB bodies: for apps built by tests. */
    public static Protection defaults() {
        return new Protection(Optional.empty(), Secrets.random(), List.of(), 0, 0, 1L << 20, 256L << 20);
    }

    @Override
    public String toString() {
        return "Protection[tokens hidden, corsOrigins=" + corsOrigins + ", requestsPerMinute=" + requestsPerMinute
                + ", writesPerMinute=" + writesPerMinute + ", maxBodyBytes=" + maxBodyBytes + ", maxImportBytes=" + maxImportBytes
                + ", maxImportInflatedBytes=" + maxImportInflatedBytes + ", maxImportRows=" + maxImportRows + "]";
    }
}
