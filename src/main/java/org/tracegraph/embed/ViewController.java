package org.tracegraph.embed;

import org.tracegraph.core.Ids;
import org.tracegraph.core.Precondition;

import org.tracegraph.core.ProblemType;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.http.Context;
import java.util.List;
import org.tracegraph.core.ProblemException;
import org.tracegraph.http.Bodies;
import org.tracegraph.http.Access;
import org.tracegraph.http.IfMatch;
import org.tracegraph.http.IfNoneMatch;
import org.tracegraph.http.Params;

/**
 * HTTP in and out for saved views: save, publish a new version ({@code If-Match} or {@code baseVersion}),
 * read a version, list, the corrections log, and the static pictures ({@code {id}.svg}, {@code {id}.png}).
 */
public final class ViewController {
    private final ViewService views;
    private final Renditions renditions;
    private final EmbedSettings settings;

    public ViewController(ViewService views, EmbedSettings settings) {
        this.views = views;
        this.renditions = new Renditions(views, settings.cacheBytes());
        this.settings = settings;
    }

    /** The renderings of this instance's published views, shared with the embed page and oEmbed. */
    Renditions renditions() {
        return renditions;
    }

    /** A version as the API returns it: the snapshot, which version is the latest, and the view's addresses. */
    public record ViewJson(@JsonUnwrapped ViewSnapshot view, int latestVersion, ViewLinks links) {
    }

    public record ViewList(List<ViewListItem> views) {
    }

    public record ViewListItem(String id, String title, int latestVersion, String created, String updated,
                               String embed, String self) {
    }

    public void create(Context ctx) {
        var editor = Access.editor(ctx);
        var view = views.create(ViewRequest.forCreate(Bodies.object(ctx)), editor.name());
        ctx.status(201).header("Location", "/api/views/" + view.id()).header("ETag", etag(view.version()));
        ctx.json(new ViewJson(view, view.version(), ViewLinks.of(base(ctx), view)));
    }

    public void publish(Context ctx) {
        var editor = Access.editor(ctx);
        var id = id(ctx.pathParam("id"));
        var body = Bodies.object(ctx);
        // If-Match by the rule of entities and relationships (412 when stale), else the body's baseVersion (409)
        var ifMatch = IfMatch.sent(ctx);
        var view = ifMatch.isPresent() ? views.publish(id, body, ifMatch.get(), editor.name())
                : views.publishFrom(id, body, baseVersion(body), editor.name());
        ctx.status(201).header("Location", "/api/views/" + id + "?v=" + view.version())
                .header("ETag", etag(view.version()));
        ctx.json(new ViewJson(view, view.version(), ViewLinks.of(base(ctx), view)));
    }

    /** {@code /api/views/{id}}, or its picture when the id ends in {@code .svg} or {@code .png}. */
    public void get(Context ctx) {
        var raw = ctx.pathParam("id");
        var version = version(ctx);
        if (raw.endsWith(".svg") || raw.endsWith(".png")) {
            var format = raw.substring(raw.length() - 3);
            int width = format.equals("png")
                    ? Params.integer(ctx, "width", ViewPicture.WIDTH, ViewPicture.MIN_WIDTH, ViewPicture.WIDTH * 2)
                    : ViewPicture.WIDTH;
            answer(ctx, renditions.picture(id(raw.substring(0, raw.length() - 4)), version, format, width), version);
            return;
        }
        var json = renditions.json(id(raw), version, base(ctx));
        // the latest version's JSON gives editors the ETag to publish from: always checked, never taken from a cache
        answer(ctx, json, version, version == null ? "no-cache" : null);
    }
    public void list(Context ctx) {
        var base = base(ctx);
        ctx.json(new ViewList(views.list(Params.integer(ctx, "limit", 100, 1, 1000)).stream()
                .map(v -> new ViewListItem(v.id(), v.title(), v.latestVersion(), v.created(), v.updated(),
                        base + "/embed/" + v.id(), base + "/api/views/" + v.id()))
                .toList()));
    }

    public void corrections(Context ctx) {
        ctx.json(views.corrections(id(ctx.pathParam("id"))));
    }

    /**
     * The address readers reach this server at: PUBLIC_URL, or the scheme and host of the request when that host
     * is one PUBLIC_HOSTS allows; any other Host header is refused rather than written into a link.
     */
    String base(Context ctx) {
        if (settings.publicUrl().isPresent()) return settings.publicUrl().get();
        var host = ctx.host();
        if (!settings.allowsHost(host)) {
            throw ProblemException.badParameter("Host", "This server makes links (embed codes, oEmbed, a view's"
                    + " addresses) only for the address its operator set: the request's Host header names '"
                    + Params.abbreviated(String.valueOf(host)) + "', which is not PUBLIC_URL and not one of PUBLIC_HOSTS ("
                    + String.join(", ", settings.publicHosts()) + "). Set PUBLIC_URL to the address readers use");
        }
        return ctx.scheme() + "://" + host;
    }

    /** For good: a published version's bytes that no later publication changes (RFC 8246). */
    static final String FINAL = "public, max-age=31536000, immutable";
    /** What may change when a version is published: kept a minute by readers' caches, then revalidated. */
    static final String SHORT = "public, max-age=60";

    /**
     * A rendering with its ETag, or 304 when the client holds it: cached for good when the address names its
     * version and the bytes are final, else briefly.
     */
    static void answer(Context ctx, Renditions.Rendition rendition, Integer version) {
        answer(ctx, rendition, version, null);
    }

    static void answer(Context ctx, Renditions.Rendition rendition, Integer version, String cacheControl) {
        ctx.header("ETag", rendition.etag());
        ctx.header("Cache-Control", cacheControl != null ? cacheControl
                : version != null && rendition.settled() ? FINAL : SHORT);
        if (IfNoneMatch.holds(ctx, rendition.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(rendition.contentType()).result(rendition.body());
    }

    static String etag(int version) {
        return Precondition.etag(version);
    }

    static String id(String value) {
        if (value == null || value.length() > 80 || !Ids.isId(value)) {
            throw ProblemException.badParameter("id", "id must be a view id (lowercase letters, digits and single hyphens,"
                    + " such as 'bashirli-and-ndi-x3k9qa'), not '" + (value == null ? "" : value.length() > 60
                    ? value.substring(0, 57) + "..." : value) + "'");
        }
        return value;
    }

    static Integer version(Context ctx) {
        return ctx.queryParam("v") == null ? null : Params.integer(ctx, "v", 1, 1, 1_000_000);
    }

    /** The body's {@code "baseVersion": N}, when the request has no If-Match; one of the two is required. */
    private static int baseVersion(com.fasterxml.jackson.databind.JsonNode body) {
        var base = body.get("baseVersion");
        if (base != null && base.isIntegralNumber() && base.canConvertToInt()) return base.asInt();
        if (base != null && !base.isNull()) {
            throw ProblemException.badBody("baseVersion", "baseVersion must be the version number the edit starts from (1, 2, ...)");
        }
        throw ProblemType.PRECONDITION_REQUIRED.exception("Say which version your edit starts from, as If-Match: \"N\" (the ETag of GET /api/views/{id}) or"
                        + " \"baseVersion\": N, so that an edit made meanwhile is not overwritten", "If-Match");
    }
}
