package org.tracegraph.embed;

import org.tracegraph.core.ProblemType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;
import org.tracegraph.core.ProblemException;
import org.tracegraph.http.Params;

/**
 * What a reader's browser and a publishing system ask for: the embed page of a view ({@code /embed/{id}}),
 * and its oEmbed description ({@code /api/oembed}), which WordPress and Ghost fetch when a link is pasted.
 */
public final class EmbedController {
    private static final Pattern EMBED_PATH = Pattern.compile("/(?:embed|api/views)/([a-z0-9]+(?:-[a-z0-9]+)*)/?");
    private static final Pattern VERSION = Pattern.compile("(?:^|&)v=(\\d{1,7})(?:&|$)");
    private final ViewService views;
    private final ViewController viewController;
    private final EmbedSettings settings;

    public EmbedController(ViewService views, ViewController viewController, EmbedSettings settings) {
        this.views = views;
        this.viewController = viewController;
        this.settings = settings;
    }

    /** oEmbed 1.0, type rich: https://oembed.com/#section2.3 */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OEmbed(
            String type,
            String version,
            String title,
            @JsonProperty("author_name") String authorName,
            @JsonProperty("provider_name") String providerName,
            @JsonProperty("provider_url") String providerUrl,
            @JsonProperty("cache_age") Integer cacheAge,
            String html,
            int width,
            int height,
            @JsonProperty("thumbnail_url") String thumbnailUrl,
            @JsonProperty("thumbnail_width") Integer thumbnailWidth,
            @JsonProperty("thumbnail_height") Integer thumbnailHeight) {
    }

    public void page(Context ctx) {
        var id = ViewController.id(ctx.pathParam("id"));
        var version = ViewController.version(ctx);
        ctx.header("Content-Security-Policy", policy());
        Renditions.Rendition page;
        try {
            page = viewController.renditions().page(id, version, viewController.base(ctx));
        } catch (ProblemException e) {
            if (e.problem().status() != 404) throw e;
            // a reader sees a sentence in the article's frame, not a JSON problem
            ctx.status(404).contentType("text/html; charset=utf-8").result("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
                    + "<title>Not available</title><p style=\"font: 15px system-ui, sans-serif; padding: 1em\">"
                    + Html.escape(e.problem().detail()) + ". This graph is not available.</p></html>");
            return;
        }
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Content-Type-Options", "nosniff");
        ViewController.answer(ctx, page, version);
    }

    /**
     * The embed page may be framed by the allowed origins only, runs only its own scripts, and reaches only
     * this server. Styles may be inline: Cytoscape sizes its canvas through style attributes.
     */
    String policy() {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
                + " connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none';"
                + " frame-ancestors " + settings.frameAncestors();
    }

    public void oembed(Context ctx) {
        var format = Params.text(ctx, "format").orElse("json");
        if (format.equals("xml")) {
            throw ProblemType.UNSUPPORTED_FORMAT.exception("Tracegraph answers oEmbed in JSON only: ask with format=json", "format");
        }
        if (!format.equals("json")) throw ProblemException.badParameter("format", "format must be json, not '" + format + "'");
        var raw = ctx.queryParam("url");
        if (raw == null || raw.isBlank()) throw ProblemException.badParameter("url", "url is required: the address of an embed");
        var base = viewController.base(ctx);
        var url = parse(raw.strip(), base);
        int maxWidth = Params.integer(ctx, "maxwidth", ViewLinks.WIDTH, 1, 10_000);
        int maxHeight = Params.integer(ctx, "maxheight", ViewLinks.HEIGHT, 1, 10_000);
        int width = Math.min(ViewLinks.WIDTH, maxWidth);
        int height = Math.min(ViewLinks.HEIGHT, maxHeight);
        // the thumbnail respects maxwidth and maxheight too: the picture is drawn at the width that fits
        int thumbWidth = (int) Math.min(ViewPicture.WIDTH, Math.min(
                Params.integer(ctx, "maxwidth", ViewPicture.WIDTH, 1, 10_000),
                Math.floor(Params.integer(ctx, "maxheight", ViewPicture.HEIGHT, 1, 10_000)
                        * (double) ViewPicture.WIDTH / ViewPicture.HEIGHT)));
        int thumb = Math.max(ViewPicture.MIN_WIDTH, thumbWidth);
        var answer = viewController.renditions().derived("oembed", url.id(), url.version(),
                base + " " + width + "x" + height + " " + thumb, view -> oembed(view, base, url.version(), width, height, thumb));
        ViewController.answer(ctx, answer, url.version());
    }

    private static OEmbed oembed(ViewSnapshot view, String base, Integer version, int width, int height, int thumbWidth) {
        var src = base + "/embed/" + view.id() + (version != null ? "?v=" + version : "");
        var thumb = thumbWidth == ViewPicture.WIDTH ? "" : "&width=" + thumbWidth;
        return new OEmbed("rich", "1.0", view.title(), view.credits(), "Tracegraph", base + "/",
                version != null ? 86400 : 3600, ViewLinks.iframe(src, view.title(), width, height), width, height,
                base + "/api/views/" + view.id() + ".png?v=" + view.version() + thumb, thumbWidth,
                ViewPicture.heightFor(thumbWidth));
    }

    private record EmbedUrl(String id, Integer version) {
    }

    /** An embed or view address of this server, {@code /embed/{id}} or {@code /api/views/{id}}, with its {@code v}. */
    private static EmbedUrl parse(String raw, String base) {
        URI uri;
        URI own;
        try {
            uri = new URI(raw);
            own = new URI(base);
        } catch (URISyntaxException e) {
            throw ProblemException.badParameter("url", "url must be the address of an embed, such as " + base
                    + "/embed/{id}, not '" + abbreviate(raw) + "'");
        }
        var ownPath = own.getRawPath() == null ? "" : own.getRawPath();
        var matcher = uri.getRawPath() == null || !uri.getRawPath().startsWith(ownPath) ? null
                : EMBED_PATH.matcher(uri.getRawPath().substring(ownPath.length()));
        boolean sameServer = uri.getScheme() != null && List.of("http", "https").contains(uri.getScheme())
                && uri.getRawAuthority() != null && uri.getRawAuthority().equalsIgnoreCase(own.getRawAuthority());
        if (!sameServer || matcher == null || !matcher.matches()) {
            throw ProblemException.badParameter("url", "url must be the address of an embed on this server, such as "
                    + base + "/embed/{id}, not '" + abbreviate(raw) + "'");
        }
        var query = uri.getRawQuery();
        var version = query == null ? null : VERSION.matcher(query);
        return new EmbedUrl(matcher.group(1), version != null && version.find() ? Integer.valueOf(version.group(1)) : null);
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
