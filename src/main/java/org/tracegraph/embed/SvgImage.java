package org.tracegraph.embed;

import static org.tracegraph.embed.Html.attrs;
import static org.tracegraph.embed.Html.element;
import static org.tracegraph.embed.Html.empty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A view's picture as SVG: hand-written XML in which every name, title and credit is escaped. */
final class SvgImage {
    static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

    private SvgImage() {
    }

    static String write(ViewPicture p) {
        var parts = new ArrayList<Object>();
        parts.add(element("title", List.of(), p.title()));
        parts.add(element("desc", List.of(), p.subtitle() == null ? "" : p.subtitle()));
        parts.add(empty("rect", attrs("width", "100%", "height", "100%", "fill", "#ffffff"), true));
        parts.add(text(32, 44, 26, "#1d2433", "700", ViewPicture.shorten(p.title(), 80)));
        if (p.subtitle() != null) parts.add(text(32, 68, 14, "#4a5568", null, ViewPicture.shorten(p.subtitle(), 150)));
        var edges = new ArrayList<Object>();
        for (var e : p.edges()) {
            var look = e.look();
            edges.add(element("g", attrs("class", "edge status-" + look.name(), "data-id", e.id(),
                            "opacity", num(look.opacity())),
                    empty("line", attrs("x1", num(e.x1()), "y1", num(e.y1()), "x2", num(e.x2()), "y2", num(e.y2()),
                            "stroke", look.color(), "stroke-width", num(look.width()),
                            "stroke-dasharray", look.dash() == null ? null : dash(look.dash())), true),
                    empty("polygon", attrs("points", points(ViewPicture.arrow(e)), "fill", look.color()), true)));
        }
        parts.add(element("g", attrs("class", "edges"), edges));
        var nodes = new ArrayList<Object>();
        for (var n : p.nodes()) {
            nodes.add(element("g", attrs("class", "node type-" + n.look().name(), "data-id", n.id()),
                    shape(n),
                    element("text", attrs("x", num(n.x()), "y", num(n.y() + n.r() + 14), "font-size", "12",
                            "font-family", FONT, "text-anchor", "middle", "fill", "#1d2433", "stroke", "#ffffff",
                            "stroke-width", "3", "paint-order", "stroke", "stroke-linejoin", "round"), n.label())));
        }
        parts.add(element("g", attrs("class", "nodes"), nodes));
        parts.add(legend(p));
        int y = p.height() - 34;
        for (var line : p.footer()) {
            parts.add(text(32, y, 12, "#4a5568", null, ViewPicture.shorten(line, 170)));
            y += 18;
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element("svg", attrs("xmlns", "http://www.w3.org/2000/svg",
                "width", String.valueOf(p.width()), "height", String.valueOf(p.height()),
                "viewBox", "0 0 " + p.width() + " " + p.height(), "role", "img",
                "aria-label", p.title()), parts).html() + "\n";
    }

    private static Html.Raw legend(ViewPicture p) {
        var items = new ArrayList<Object>();
        double x = 32;
        double y = p.height() - ViewPicture.bottom() + 22;
        for (var entry : p.legend()) {
            if (entry.type() != null) {
                items.add(shape(new ViewPicture.NodeMark("legend", x + 8, y - 4, 7, entry.type(), entry.label())));
            } else {
                var s = entry.status();
                items.add(empty("line", attrs("x1", num(x), "y1", num(y - 4), "x2", num(x + 26), "y2", num(y - 4),
                        "stroke", s.color(), "stroke-width", num(Math.max(2, s.width())),
                        "stroke-dasharray", s.dash() == null ? null : dash(s.dash())), true));
            }
            double labelX = x + (entry.type() != null ? 20 : 32);
            items.add(text(labelX, y, 12, "#1d2433", null, entry.label()));
            x = labelX + legendWidth(entry.label());
        }
        return element("g", attrs("class", "legend"), items);
    }

    static double legendWidth(String label) {
        return label.length() * 7.2 + 22;
    }

    private static Html.Raw shape(ViewPicture.NodeMark n) {
        var outline = ViewPicture.outline(n);
        var paint = attrs("fill", n.look().color(), "stroke", "#ffffff", "stroke-width", "2");
        if (outline.length == 0) {
            var circle = attrs("cx", num(n.x()), "cy", num(n.y()), "r", num(n.r()));
            circle.addAll(paint);
            return empty("circle", circle, true);
        }
        var polygon = attrs("points", points(outline));
        polygon.addAll(paint);
        return empty("polygon", polygon, true);
    }

    private static Html.Raw text(double x, double y, int size, String color, String weight, String content) {
        return element("text", attrs("x", num(x), "y", num(y), "font-size", String.valueOf(size), "font-family", FONT,
                "fill", color, "font-weight", weight), content);
    }

    private static String points(double[][] pts) {
        return Arrays.stream(pts).map(pt -> num(pt[0]) + "," + num(pt[1])).collect(Collectors.joining(" "));
    }

    private static String dash(double[] dash) {
        return Arrays.stream(dash).mapToObj(SvgImage::num).collect(Collectors.joining(" "));
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
