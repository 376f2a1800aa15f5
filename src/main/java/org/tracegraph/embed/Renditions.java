package org.tracegraph.embed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.tracegraph.core.Precondition;
import org.tracegraph.json.Json;

/**
 * What a published view looks like to readers (its PNG and SVG, its embed page, its JSON, its oEmbed answer),
 * made once and kept in memory, bounded by bytes (VIEW_CACHE_SIZE), each with a strong ETag: the version and a
 * digest of the bytes ({@code "3.9c1d…"}). A version's snapshot never changes and nothing here reads the current
 * graph, so a picture of version N is the same bytes for ever, on every instance that runs the same code (what an
 * instance has not made yet it makes again from the stored snapshot: there is nothing to back up but the graph).
 * Two things do vary, and are in the keys: whether a newer version exists (the embed page says so, the JSON has
 * {@code latestVersion}: read from the graph on each request until the version is superseded, for a page then
 * final) and the address links are written for (the page, JSON and oEmbed carry absolute links).
 */
final class Renditions {
    /** Roughly what an entry costs besides its bytes: the key, the tag, the objects. */
    private static final int OVERHEAD = 256;
    private final ViewService views;
    private final Cache<Key, Rendition> cache;

    /**
     * One rendering: its bytes, content type and ETag; {@code settled} when no later publication can change
     * these bytes at this address (a picture, a superseded version's page), so that caches may keep it for good.
     */
    record Rendition(byte[] body, String contentType, String etag, boolean settled) {
    }

    /** What a rendering depends on: its kind, the view and version, and the rest ({@code variant}). */
    private record Key(String kind, String id, int version, String variant) {
    }

    Renditions(ViewService views, long maxBytes) {
        this.views = views;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, Rendition r) -> r.body().length + key.variant().length() + key.id().length() + OVERHEAD)
                .build();
    }

    /** The picture of a version ({@code version} null: the latest), {@code png} at {@code width} or {@code svg}. */
    Rendition picture(String id, Integer version, String format, int width) {
        int v = version != null ? version : views.latestVersion(id);
        var key = new Key(format, id, v, format.equals("png") ? String.valueOf(width) : "");
        return cache.get(key, k -> {
            var picture = ViewPicture.of(views.get(id, v).view());
            return format.equals("png")
                    ? rendition(v, PngImage.write(picture, width), "image/png", true)
                    : rendition(v, SvgImage.write(picture).getBytes(StandardCharsets.UTF_8), "image/svg+xml; charset=utf-8", true);
        });
    }

    /**
     * The embed page: {@code version} null follows the latest version, a number pins one. A pinned version's page
     * says "a newer version exists" once one does: until then it is read against the latest version each time;
     * after, it is final.
     */
    Rendition page(String id, Integer version, String base) {
        boolean pinned = version != null;
        if (pinned) {
            var settled = cache.getIfPresent(new Key("page", id, version, "superseded " + base));
            if (settled != null) return settled;
        }
        int latest = views.latestVersion(id);
        int v = pinned ? version : latest;
        if (v > latest) throw ViewService.noVersion(id, v, latest);
        boolean superseded = v < latest;
        var key = new Key("page", id, v, (superseded ? "superseded " : pinned ? "pinned " : "follows ") + base);
        return cache.get(key, k -> {
            var view = views.get(id, v).view();
            var corrections = v > 1
                    ? views.corrections(id).corrections().stream().filter(c -> c.version() <= v).toList()
                    : List.<Corrections.Correction>of();
            var html = EmbedPage.render(view, latest, pinned, base, corrections);
            return rendition(v, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", superseded);
        });
    }

    /** The JSON of a version ({@code version} null: the latest), which names the latest version too: never final. */
    Rendition json(String id, Integer version, String base) {
        int latest = views.latestVersion(id);
        int v = version != null ? version : latest;
        if (v > latest) throw ViewService.noVersion(id, v, latest);
        return cache.get(new Key("json", id, v, latest + " " + base), k -> {
            var view = views.get(id, v).view();
            return rendition(v, json(new ViewController.ViewJson(view, latest, ViewLinks.of(base, view))),
                    "application/json", false);
        });
    }

    /**
     * An answer made from one version's snapshot alone ({@code version} null: the latest), such as oEmbed's:
     * {@code variant} names everything else {@code answer} depends on. Final when the version was named.
     */
    Rendition derived(String kind, String id, Integer version, String variant, Function<ViewSnapshot, Object> answer) {
        int v = version != null ? version : views.latestVersion(id);
        var key = new Key(kind, id, v, (version != null ? "pinned " : "follows ") + variant);
        return cache.get(key, k ->
                rendition(v, json(answer.apply(views.get(id, v).view())), "application/json", version != null));
    }

    private static Rendition rendition(int version, byte[] body, String contentType, boolean settled) {
        return new Rendition(body, contentType, Precondition.etag(version, body), settled);
    }

    private static byte[] json(Object value) {
        try {
            return Json.objectMapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
