package org.tracegraph.embed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.stream.Collectors;

/**
 * The addresses of a view, absolute (an embed code is pasted into another site), and its embed code: the
 * iframe, and the image for readers without JavaScript. {@code embed} follows the view's latest version (an
 * article shows corrections once the editor publishes them); {@code embedVersion} stays on this version.
 */
public record ViewLinks(String self, String embed, String embedVersion, String svg, String png, String oembed,
                        String corrections, String explorer, String iframe, String image) {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 600;

    public static ViewLinks of(String base, ViewSnapshot view) {
        var id = view.id();
        var v = "?v=" + view.version();
        var embed = base + "/embed/" + id;
        return new ViewLinks(base + "/api/views/" + id + v, embed, embed + v,
                base + "/api/views/" + id + ".svg" + v, base + "/api/views/" + id + ".png" + v,
                base + "/api/oembed?url=" + URLEncoder.encode(embed, StandardCharsets.UTF_8) + "&format=json",
                base + "/api/views/" + id + "/corrections", base + explorerPath(view),
                iframe(embed, view.title(), WIDTH, HEIGHT), image(base + "/api/views/" + id + ".png", view.title()));
    }

    /** The iframe an article carries: responsive up to its width, lazily loaded, titled for screen readers. */
    public static String iframe(String src, String title, int width, int height) {
        return Html.element("iframe", Html.attrs("src", src, "width", String.valueOf(width), "height",
                String.valueOf(height), "title", title, "loading", "lazy",
                "style", "border:0;max-width:100%", "allowfullscreen", "")).html();
    }

    /** The static picture, for a feed, a print edition, or a reader without JavaScript. */
    public static String image(String src, String title) {
        return Html.empty("img", Html.attrs("src", src, "alt", title, "width", String.valueOf(WIDTH),
                "style", "max-width:100%;height:auto"), false).html();
    }

    /** The explorer with the same entities, filters and layout ({@code /?nodes=...}, see web/README.md). */
    static String explorerPath(ViewSnapshot view) {
        var params = new ArrayList<String>();
        params.add("nodes=" + view.nodes().stream().map(n -> n.id()).sorted().collect(Collectors.joining(",")));
        var f = view.filters();
        if (f != null) {
            if (f.types() != null) params.add("types=" + String.join(",", f.types()));
            if (f.statuses() != null) params.add("statuses=" + String.join(",", f.statuses()));
            if (f.from() != null) params.add("from=" + f.from());
            if (f.to() != null) params.add("to=" + f.to());
        }
        if (view.layout() != null && java.util.Set.of("concentric", "breadthfirst", "time").contains(view.layout())) {
            params.add("layout=" + view.layout());
        }
        return "/?" + String.join("&", params);
    }
}
