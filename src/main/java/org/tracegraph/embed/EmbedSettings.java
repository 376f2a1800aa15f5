package org.tracegraph.embed;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How embeds are offered: which sites may frame them ({@code frame-ancestors}), and the address readers reach
 * this server at, for the absolute links an embed code and oEmbed need. That address is {@code publicUrl}
 * when set; otherwise the request's own scheme and host, but only for a host in {@code publicHosts}: a
 * request's {@code Host} header is whatever its sender wrote, and an embed code or oEmbed answer built from a
 * forged one (cached, or pasted into an article) would send readers to another server.
 */
public record EmbedSettings(List<String> allowedOrigins, Optional<String> publicUrl, List<String> publicHosts,
                            long cacheBytes) {
    /** What the renderings of published views ({@link Renditions}) may hold in memory unless VIEW_CACHE_SIZE says otherwise. */
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;
    /** Hosts a request may name without PUBLIC_URL unless PUBLIC_HOSTS says otherwise: this machine's own names. */
    public static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");
    /** Any site may frame an embed: it is public and read-only, and articles are republished on sites not known in advance. */
    public static final EmbedSettings DEFAULT = new EmbedSettings(List.of("*"), Optional.empty(), LOOPBACK);

    public EmbedSettings(List<String> allowedOrigins, Optional<String> publicUrl, List<String> publicHosts) {
        this(allowedOrigins, publicUrl, publicHosts, DEFAULT_CACHE_BYTES);
    }

    public EmbedSettings(List<String> allowedOrigins, Optional<String> publicUrl) {
        this(allowedOrigins, publicUrl, LOOPBACK);
    }

    public String frameAncestors() {
        return String.join(" ", allowedOrigins);
    }

    /**
     * Whether links may name {@code host}, a {@code Host} header's value ({@code name} or {@code name:port}): an
     * entry of {@code publicHosts} with a port allows that port only, one without allows any.
     */
    public boolean allowsHost(String host) {
        if (host == null || host.isBlank()) return false;
        var asked = host.strip().toLowerCase(Locale.ROOT);
        int close = asked.lastIndexOf(']');
        int colon = asked.lastIndexOf(':');
        var name = colon > close ? asked.substring(0, colon) : asked;
        return publicHosts.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .anyMatch(allowed -> allowed.equals(asked) || allowed.equals(name));
    }
}
