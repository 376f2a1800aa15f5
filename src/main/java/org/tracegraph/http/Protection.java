package org.tracegraph.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracegraph.config.Secrets;
import org.tracegraph.config.Settings;

/**
 * How the web app guards itself: the reader and admin tokens (the editor token stays where it was, in the
 * app context), the sites whose pages may call the API (CORS), each client's budget of requests a minute
 * ({@code 0}: no limit) and of server time for its reads, in cores ({@code 0}: no limit), the largest bodies it
 * reads, the largest text a source may hold, how long an analyst's query waits for a slot, the proxies whose forwarding headers it believes and the
 * addresses that may read its metrics. Built from {@link Settings} by {@link #from}, which holds every default:
 * no limit here has a second value of its own.
 */
public record Protection(Optional<String> readerToken, String adminToken, List<String> corsOrigins,
                         int requestsPerMinute, int writesPerMinute, double readCores, long maxBodyBytes,
                         long maxImportBytes, long maxImportInflatedBytes, long maxImportRows,
                         long maxSourceTextBytes, Duration cypherQueueWait, List<String> trustedProxies,
                         List<String> metricsAllow, long maxDocumentBytes) {

    /** What {@code settings} say, with the admin token it resolved (ADMIN_TOKEN, or the one kept in DATA_DIR). */
    public static Protection from(Settings settings, String adminToken) {
        return new Protection(settings.readerToken(), adminToken, settings.corsOrigins(),
                settings.rateLimitPerMinute(), settings.writeRateLimitPerMinute(), settings.rateLimitCores(),
                settings.maxBodyBytes(), settings.maxImportBytes(), settings.maxImportInflatedBytes(),
                settings.maxImportRows(), settings.maxSourceTextBytes(), settings.cypherQueueWait(), settings.trustedProxies(), settings.metricsAllow(),
                settings.maxDocumentBytes());
    }

    /** The default settings without a rate limit, and an admin token no one knows: for apps built by tests. */
    public static Protection defaults() {
        return from(Settings.fromEnvironment(Map.of("RATE_LIMIT_PER_MINUTE", "0", "WRITE_RATE_LIMIT_PER_MINUTE", "0",
                        "RATE_LIMIT_CORES", "0")),
                Secrets.random());
    }

    @Override
    public String toString() {
        return "Protection[tokens hidden, corsOrigins=" + corsOrigins + ", requestsPerMinute=" + requestsPerMinute
                + ", writesPerMinute=" + writesPerMinute + ", readCores=" + readCores + ", maxBodyBytes=" + maxBodyBytes + ", maxImportBytes=" + maxImportBytes
                + ", maxImportInflatedBytes=" + maxImportInflatedBytes + ", maxImportRows=" + maxImportRows
                + ", maxSourceTextBytes=" + maxSourceTextBytes + ", cypherQueueWait=" + cypherQueueWait + ", trustedProxies=" + trustedProxies + ", metricsAllow=" + metricsAllow + ", maxDocumentBytes=" + maxDocumentBytes + "]";
    }
}
