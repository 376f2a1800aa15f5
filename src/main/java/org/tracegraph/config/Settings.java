package org.tracegraph.config;

import org.tracegraph.core.SettingsException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything Tracegraph reads from its environment, with every default in one place.
 * Built once in {@code main} (or by a test) and passed down; nothing else reads the environment.
 */
public record Settings(
        int port,
        Path dataDir,
        Optional<String> neo4jUri,
        String neo4jUser,
        Optional<String> neo4jPassword,
        String neo4jDatabase,
        int boltPort,
        Optional<String> editorToken,
        long pageCacheBytes,
        Duration databaseRetry,
        Duration cypherTimeout,
        int cypherMaxRows,
        Duration cypherQueueWait,
        // Embeds (saved views): who may frame them, and the address readers reach this server at
        List<String> embedAllowedOrigins,
        Optional<String> publicUrl,
        List<String> publicHosts,
        long viewCacheBytes,
        // Hardening: who may read and administer, which sites may call the API, how much a client may ask
        Optional<String> readerToken,
        Optional<String> adminToken,
        List<String> corsOrigins,
        int rateLimitPerMinute,
        int writeRateLimitPerMinute,
        double rateLimitCores,
        long maxBodyBytes,
        long maxImportBytes,
        long maxImportInflatedBytes,
        int maxImportRows,
        // Operations: the proxies whose forwarding headers are believed, who may read /metrics, how logs look
        List<String> trustedProxies,
        List<String> metricsAllow,
        String logFormat,
        // Evidence: the largest full text a source may hold, in UTF-8 bytes
        long maxSourceTextBytes,
        // Ingestion: the largest document file taken (POST /api/documents, ingest)
        long maxDocumentBytes) {

    public static final int DEFAULT_PORT = 7070;
    public static final int DEFAULT_BOLT_PORT = 7687;

    public static Settings fromEnvironment(Map<String, String> env) {
        return new Settings(
                port(env, "PORT", DEFAULT_PORT),
                Path.of(text(env, "DATA_DIR").orElse("./data")).toAbsolutePath().normalize(),
                text(env, "NEO4J_URI"),
                text(env, "NEO4J_USER").orElse("neo4j"),
                text(env, "NEO4J_PASSWORD"),
                text(env, "NEO4J_DATABASE").orElse("neo4j"),
                port(env, "BOLT_PORT", DEFAULT_BOLT_PORT),
                text(env, "EDITOR_TOKEN"),
                // 0: sized from the store at start (neo4j/PageCacheSize)
                bytes(env, "NEO4J_PAGECACHE", 0),
                Duration.ofSeconds(integer(env, "DB_RETRY_SECONDS", 3, 0, 600)),
                Duration.ofSeconds(integer(env, "CYPHER_TIMEOUT_SECONDS", 10, 1, 3600)),
                integer(env, "CYPHER_MAX_ROWS", 5000, 1, 1_000_000),
                Duration.ofSeconds(integer(env, "CYPHER_QUEUE_SECONDS", 5, 0, 60)),
                origins(env, "EMBED_ALLOWED_ORIGINS"),
                publicUrl(env, "PUBLIC_URL"),
                publicHosts(env, "PUBLIC_HOSTS"),
                bytes(env, "VIEW_CACHE_SIZE", 64L << 20),
                text(env, "READER_TOKEN"),
                text(env, "ADMIN_TOKEN"),
                corsOrigins(env, "CORS_ORIGINS"),
                integer(env, "RATE_LIMIT_PER_MINUTE", 1200, 0, 1_000_000),
                integer(env, "WRITE_RATE_LIMIT_PER_MINUTE", 120, 0, 1_000_000),
                decimal(env, "RATE_LIMIT_CORES", 1, 0, 1024),
                bytes(env, "MAX_BODY_SIZE", 1L << 20),
                bytes(env, "MAX_IMPORT_SIZE", 256L << 20),
                bytes(env, "MAX_IMPORT_INFLATED_SIZE", 1L << 30),
                integer(env, "MAX_IMPORT_ROWS", 1_000_000, 1, 1_000_000_000),
                addresses(env, "TRUSTED_PROXIES"),
                addresses(env, "METRICS_ALLOW"),
                choice(env, "LOG_FORMAT", List.of("text", "json")),
                bytes(env, "MAX_SOURCE_TEXT_SIZE", 4L << 20),
                bytes(env, "MAX_DOCUMENT_SIZE", 50L << 20));
    }

    public boolean embedded() {
        return neo4jUri.isEmpty();
    }

    /** Without the password and tokens: a log line or a stack trace must never carry them. */
    @Override
    public String toString() {
        return "Settings[port=" + port + ", dataDir=" + dataDir + ", neo4jUri=" + neo4jUri.orElse("embedded")
                + ", boltPort=" + boltPort + ", secrets hidden]";
    }

    private static Optional<String> text(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        return integer(env, name, fallback, 0, 65535);
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min, int max) {
        var raw = text(env, name);
        if (raw.isEmpty()) return fallback;
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) throw new NumberFormatException();
            return value;
        } catch (NumberFormatException e) {
            throw new SettingsException(name + " must be a whole number from " + min + " to " + max
                    + ", not '" + raw.get() + "'");
        }
    }

    private static double decimal(Map<String, String> env, String name, double fallback, double min, double max) {
        var raw = text(env, name);
        if (raw.isEmpty()) return fallback;
        try {
            if (!raw.get().matches("\\d+(\\.\\d+)?")) throw new NumberFormatException();
            double value = Double.parseDouble(raw.get());
            if (value < min || value > max) throw new NumberFormatException();
            return value;
        } catch (NumberFormatException e) {
            throw new SettingsException(name + " must be a number from " + (int) min + " to " + (int) max
                    + " such as 1 or 0.5, not '" + raw.get() + "'");
        }
    }

    /** Sizes as Neo4j writes them: 512m, 2g, or a plain number of bytes. */
    private static long bytes(Map<String, String> env, String name, long fallback) {
        var raw = text(env, name).map(String::toLowerCase);
        if (raw.isEmpty()) return fallback;
        var value = raw.get();
        long unit = switch (value.charAt(value.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        var digits = unit == 1 ? value : value.substring(0, value.length() - 1);
        try {
            long number = Long.parseLong(digits);
            if (number <= 0) throw new NumberFormatException();
            return number * unit;
        } catch (NumberFormatException e) {
            throw new SettingsException(name + " must be a size such as 512m or 2g, not '" + raw.get() + "'");
        }
    }

    // ---- embeds

    private static final Pattern ORIGIN = Pattern.compile("\\*|'self'|https?://(\\*\\.)?[A-Za-z0-9.-]+(:(\\d{1,5}|\\*))?");
    private static final Pattern PUBLIC_URL = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?(/[A-Za-z0-9._~/-]*)?");

    /** Origins for {@code frame-ancestors}, separated by spaces or commas; default {@code *} (any site). */
    private static List<String> origins(Map<String, String> env, String name) {
        return originList(env, name, ORIGIN, List.of("*"), "https://news.example (or * or 'self')");
    }

    // ---- the API from other sites' pages

    private static final Pattern CORS_ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?");

    /** Origins whose pages may call the API from a browser (CORS); default none. */
    private static List<String> corsOrigins(Map<String, String> env, String name) {
        return originList(env, name, CORS_ORIGIN, List.of(), "https://news.example");
    }

    private static List<String> originList(Map<String, String> env, String name, Pattern shape, List<String> fallback,
                                           String example) {
        var raw = text(env, name);
        if (raw.isEmpty()) return fallback;
        var origins = List.of(raw.get().split("[\\s,]+"));
        for (var origin : origins) {
            if (!shape.matcher(origin).matches()) {
                throw new SettingsException(name + " must list origins such as " + example + ", separated by spaces,"
                        + " not '" + origin + "'");
            }
        }
        return origins;
    }

    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:\\d{1,5})?");

    /**
     * Hosts ({@code name} or {@code name:port}) a request's Host header may name for the links of embed codes and
     * oEmbed when PUBLIC_URL is unset; default this machine's own names, so a forged Host never reaches a link.
     */
    private static List<String> publicHosts(Map<String, String> env, String name) {
        var raw = text(env, name);
        if (raw.isEmpty()) return List.of("localhost", "127.0.0.1", "[::1]");
        var hosts = List.of(raw.get().split("[\\s,]+"));
        for (var host : hosts) {
            if (!HOST.matcher(host).matches()) {
                throw new SettingsException(name + " must list host names such as graph.news.example or"
                        + " graph.news.example:8443, separated by spaces, not '" + host + "'");
            }
        }
        return hosts;
    }

    private static Optional<String> publicUrl(Map<String, String> env, String name) {
        var raw = text(env, name);
        if (raw.isPresent() && !PUBLIC_URL.matcher(raw.get()).matches()) {
            throw new SettingsException(name + " must be an address such as https://graph.news.example, not '"
                    + raw.get() + "'");
        }
        return raw.map(url -> url.replaceAll("/+$", ""));
    }

    // ---- operations

    /** Addresses or CIDR ranges (10.0.0.5, 10.0.0.0/8, ::1, fd00::/8), separated by spaces or commas; default none. */
    private static List<String> addresses(Map<String, String> env, String name) {
        var raw = text(env, name);
        if (raw.isEmpty()) return List.of();
        var ranges = List.of(raw.get().split("[\\s,]+"));
        for (var range : ranges) {
            if (!AddressRange.isValid(range)) {
                throw new SettingsException(name + " must list IP addresses or CIDR ranges such as 10.0.0.5 or"
                        + " 10.0.0.0/8, separated by spaces, not '" + range + "'");
            }
        }
        return ranges;
    }

    /** One of {@code values}, the first by default. */
    private static String choice(Map<String, String> env, String name, List<String> values) {
        var raw = text(env, name);
        if (raw.isEmpty()) return values.get(0);
        if (!values.contains(raw.get())) {
            throw new SettingsException(name + " must be one of " + String.join(", ", values) + ", not '" + raw.get() + "'");
        }
        return raw.get();
    }
}
