package org.tracegraph.embed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.tracegraph.core.Vocabulary;
import org.tracegraph.graph.EdgeJson;

/**
 * The static picture of a view, as geometry that the SVG and the PNG writers both paint: a title, the
 * relationships drawn in their status's line style, the entities in their type's colour and shape (the look in
 * vocabulary.json, which the explorer draws with too), a legend of what is shown, and the source credits.
 * Positions are the ones the editor saved, or a circle in the view's own order when it has none, so the picture
 * of a version is always the same.
 */
record ViewPicture(int width, int height, String title, String subtitle, List<EdgeMark> edges, List<NodeMark> nodes,
                   List<LegendMark> legend, List<String> footer) {
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    static final int MIN_WIDTH = 120;
    private static final int TOP = 78;
    private static final int BOTTOM = 104;
    private static final int MARGIN = 70;
    private static final int MAX_LABEL = 28;

    /** A type's colour and shape: its glyph in the vocabulary, as the explorer's legend draws it. */
    record TypeLook(String name, String color, String shape) {
    }

    /** A status's line, as the explorer draws it; {@code dash} null is a solid line. */
    record StatusLook(String name, String color, double width, double[] dash, double opacity) {
    }

    static final List<TypeLook> TYPES = Vocabulary.get().entityTypes().stream()
            .map(t -> new TypeLook(t.name(), t.color(), t.glyph())).toList();
    static final List<StatusLook> STATUSES = Vocabulary.get().statuses().stream()
            .map(s -> new StatusLook(s.name(), s.color(), s.width(), s.dash(), s.opacity())).toList();

    record NodeMark(String id, double x, double y, double r, TypeLook look, String label) {
    }

    record EdgeMark(String id, double x1, double y1, double x2, double y2, StatusLook look) {
    }

    /** A legend entry: a type (drawn as its node) or a status (drawn as its line). */
    record LegendMark(String label, TypeLook type, StatusLook status) {
    }

    static ViewPicture of(ViewSnapshot view) {
        var placed = place(view);
        var nodes = new ArrayList<NodeMark>();
        var byId = new HashMap<String, NodeMark>();
        for (var n : view.nodes()) {
            var p = placed.get(n.id());
            double degree = n.degree() == null ? 1 : n.degree();
            var mark = new NodeMark(n.id(), p[0], p[1], Math.min(18, 10 + Math.sqrt(degree) * 1.6), type(n.type()),
                    shorten(n.name()));
            nodes.add(mark);
            byId.put(n.id(), mark);
        }
        var edges = new ArrayList<EdgeMark>();
        for (var e : view.edges()) {
            var a = byId.get(e.source());
            var b = byId.get(e.target());
            if (a != null && b != null && a != b) edges.add(edge(e, a, b));
        }
        var legend = new ArrayList<LegendMark>();
        TYPES.stream().filter(t -> view.nodes().stream().anyMatch(n -> t.name().equals(n.type())))
                .forEach(t -> legend.add(new LegendMark(t.name(), t, null)));
        STATUSES.stream().filter(s -> view.edges().stream().anyMatch(e -> s.name().equals(e.status())))
                .forEach(s -> legend.add(new LegendMark(s.name(), null, s)));
        return new ViewPicture(WIDTH, HEIGHT, view.title(), view.caption(), edges, nodes, legend, footer(view));
    }

    private static EdgeMark edge(EdgeJson e, NodeMark a, NodeMark b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.max(1, Math.hypot(dx, dy));
        // from the rim of one node to the rim of the other, so the arrowhead is seen
        return new EdgeMark(e.id(), a.x() + dx / length * a.r(), a.y() + dy / length * a.r(),
                b.x() - dx / length * (b.r() + 2), b.y() - dy / length * (b.r() + 2), status(e.status()));
    }

    /** Saved positions when every node has one, else a circle; then scaled to fit between the title and the legend. */
    private static Map<String, double[]> place(ViewSnapshot view) {
        var raw = new HashMap<String, double[]>();
        var positions = view.positions();
        boolean saved = positions != null && view.nodes().stream().allMatch(n -> positions.containsKey(n.id()));
        int count = view.nodes().size();
        for (int i = 0; i < count; i++) {
            var id = view.nodes().get(i).id();
            if (saved) {
                raw.put(id, new double[] {positions.get(id).x(), positions.get(id).y()});
            } else {
                double angle = 2 * Math.PI * i / Math.max(1, count) - Math.PI / 2;
                raw.put(id, new double[] {Math.cos(angle) * 1.6, Math.sin(angle)});
            }
        }
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (var p : raw.values()) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double areaW = WIDTH - 2 * MARGIN;
        double areaH = HEIGHT - TOP - BOTTOM - 48;
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        double scale = count < 2 ? 1 : Math.min(areaW / spanX, areaH / spanY);
        double offsetX = MARGIN + (areaW - spanX * scale) / 2;
        double offsetY = TOP + 14 + (areaH - spanY * scale) / 2;
        var placed = new HashMap<String, double[]>();
        for (var entry : raw.entrySet()) {
            var p = entry.getValue();
            placed.put(entry.getKey(), count < 2
                    ? new double[] {WIDTH / 2.0, TOP + 14 + areaH / 2}
                    : new double[] {offsetX + (p[0] - minX) * scale, offsetY + (p[1] - minY) * scale});
        }
        return placed;
    }

    private static List<String> footer(ViewSnapshot view) {
        var sources = new LinkedHashSet<String>();
        for (var e : view.edges()) {
            if (e.sources() == null) continue;
            e.sources().forEach(s -> sources.add(s.title() != null ? s.title()
                    + (s.publisher() != null ? " (" + s.publisher() + (s.published() != null ? ", " + s.published() : "") + ")" : "")
                    : s.id()));
        }
        var lines = new ArrayList<String>();
        if (!sources.isEmpty()) {
            var list = sources.stream().limit(2).toList();
            lines.add("Sources: " + String.join("; ", list)
                    + (sources.size() > 2 ? "; and " + (sources.size() - 2) + " more" : ""));
        }
        var credit = view.credits() == null ? "" : view.credits() + " · ";
        lines.add(credit + "Tracegraph · version " + view.version()
                + (view.savedAt() == null ? "" : " · " + view.savedAt().substring(0, 10))
                + " · every link's quote and source: /embed/" + view.id());
        return lines;
    }

    static TypeLook type(String name) {
        var other = Vocabulary.get().otherType();
        return TYPES.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElse(new TypeLook(name, other.color(), other.glyph()));
    }

    static StatusLook status(String name) {
        return STATUSES.stream().filter(s -> s.name().equals(name)).findFirst().orElse(STATUSES.get(STATUSES.size() - 1));
    }

    /** The corners of a node's shape (none for a circle), around its centre. */
    static double[][] outline(NodeMark n) {
        double x = n.x(), y = n.y(), r = n.r();
        return switch (n.look().shape()) {
            case "diamond" -> new double[][] {{x, y - r * 1.2}, {x + r * 1.2, y}, {x, y + r * 1.2}, {x - r * 1.2, y}};
            case "hexagon" -> {
                var pts = new double[6][];
                for (int i = 0; i < 6; i++) {
                    double a = Math.PI / 3 * i;
                    pts[i] = new double[] {x + r * 1.1 * Math.cos(a), y + r * 1.1 * Math.sin(a)};
                }
                yield pts;
            }
            case "rounded" -> new double[][] {{x - r * 1.2, y - r * 0.85}, {x + r * 1.2, y - r * 0.85},
                {x + r * 1.2, y + r * 0.85}, {x - r * 1.2, y + r * 0.85}};
            case "document" -> new double[][] {{x - r * 0.6, y - r}, {x + r, y - r}, {x + r, y + r},
                {x - r, y + r}, {x - r, y - r * 0.4}};
            default -> new double[0][];
        };
    }

    /** The two sides of an arrowhead at the end of an edge. */
    static double[][] arrow(EdgeMark e) {
        double dx = e.x2() - e.x1();
        double dy = e.y2() - e.y1();
        double length = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / length, uy = dy / length;
        double size = 9;
        return new double[][] {{e.x2(), e.y2()},
            {e.x2() - ux * size - uy * size * 0.5, e.y2() - uy * size + ux * size * 0.5},
            {e.x2() - ux * size + uy * size * 0.5, e.y2() - uy * size - ux * size * 0.5}};
    }

    /** The height of the picture drawn at {@code width} (it keeps its proportions). */
    static int heightFor(int width) {
        return (int) Math.round(width * (double) HEIGHT / WIDTH);
    }

    static int top() {
        return TOP;
    }

    static int bottom() {
        return BOTTOM;
    }

    static String shorten(String text) {
        if (text == null) return "";
        return text.length() > MAX_LABEL ? text.substring(0, MAX_LABEL - 1) + "…" : text;
    }

    static String shorten(String text, int max) {
        if (text == null) return "";
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
