package org.tracegraph.embed;

import java.util.List;
import java.util.Optional;

/**
 * How embeds are offered: which sites may frame them ({@code frame-ancestors}), and the address readers reach
 * this server at, for the absolute links an embed code and oEmbed need (unset: the request's own host).
 */
public record EmbedSettings(List<String> allowedOrigins, Optional<String> publicUrl) {
    /** Any site may frame an embed: it is public and read-only, and articles are republished on sites not known in advance. */
    public static final EmbedSettings DEFAULT = new EmbedSettings(List.of("*"), Optional.empty());

    public String frameAncestors() {
        return String.join(" ", allowedOrigins);
    }
}
