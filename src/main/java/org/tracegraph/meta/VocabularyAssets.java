package org.tracegraph.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.tracegraph.core.Vocabulary;
import org.tracegraph.json.Json;

/**
 * The vocabulary as the pages load it, written from vocabulary.json when the server starts, so that the file
 * stays the one place where the look is written. {@code /explorer/vocabulary.js} is an ES module from which the
 * explorer's style.js (which the embed imports too) builds the canvas style, the legend and the glyphs, before
 * anything is drawn and without a request of its own. {@code /explorer/vocabulary.css} holds the status badges
 * that explorer.css and embed.css leave out, and the colours as custom properties ({@code --status-denied},
 * {@code --type-event}); a stylesheet rather than properties set by a script, since the embed's table of
 * relationships is read without JavaScript too. Both are public even when reads need a token: the embed is
 * public, and the vocabulary is the graph's documented words, not its data.
 */
final class VocabularyAssets {
    static final String MODULE_PATH = "/explorer/vocabulary.js";
    static final String STYLESHEET_PATH = "/explorer/vocabulary.css";

    private final Asset module;
    private final Asset stylesheet;

    VocabularyAssets(Vocabulary vocabulary) {
        this.module = new Asset("text/javascript; charset=utf-8", module(vocabulary));
        this.stylesheet = new Asset("text/css; charset=utf-8", stylesheet(vocabulary));
    }

    Asset module() {
        return module;
    }

    Asset stylesheet() {
        return stylesheet;
    }

    static String module(Vocabulary vocabulary) {
        try {
            // JSON is a JavaScript expression: the module is the file as the API serves it
            return "// Written by the server from vocabulary.json (org.tracegraph.meta.VocabularyAssets).\n"
                    + "export default " + Json.objectMapper().writeValueAsString(vocabulary) + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String stylesheet(Vocabulary vocabulary) {
        var css = new StringBuilder("/* Written by the server from vocabulary.json (org.tracegraph.meta.VocabularyAssets):"
                + " the colours of the entity types and\n   statuses, and the status badges: text on background, each at"
                + " least 4.5:1, in a border whose style repeats the line's. */\n:root {\n");
        for (var type : vocabulary.entityTypes()) {
            css.append("  --type-").append(word(type.name())).append(": ").append(type.color()).append(";\n");
        }
        for (var status : vocabulary.statuses()) {
            var name = "  --status-" + word(status.name());
            css.append(name).append(": ").append(status.color()).append(";\n")
                    .append(name).append("-ink: ").append(status.badge().ink()).append(";\n")
                    .append(name).append("-bg: ").append(status.badge().background()).append(";\n");
        }
        css.append("}\n");
        for (var status : vocabulary.statuses()) {
            var name = word(status.name());
            css.append(".status-").append(name).append(" { color: var(--status-").append(name).append("-ink);")
                    .append(" background: var(--status-").append(name).append("-bg);")
                    .append(" border-style: ").append(status.badge().border()).append(';')
                    .append(status.struck() ? " text-decoration: line-through;" : "").append(" }\n");
        }
        return css.toString();
    }

    /** A name as a CSS identifier: the vocabulary's names are letters and underscores (checked on load). */
    private static String word(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A text that never changes while the server runs: revalidated by its ETag, answered 304 when unchanged. */
    record Asset(String contentType, String body, String etag) {
        Asset(String contentType, String body) {
            this(contentType, body, etag(body));
        }

        private static String etag(String body) {
            try {
                var hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
                return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
