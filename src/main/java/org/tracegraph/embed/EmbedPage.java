package org.tracegraph.embed;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tracegraph.graph.EdgeJson;
import org.tracegraph.graph.NodeJson;
import org.tracegraph.graph.SourceRef;
import org.tracegraph.json.Json;

/**
 * The embed page of one version of a view, written on the server: its title, caption and credits, the oEmbed
 * discovery link, the static picture for readers without JavaScript, the table of its relationships with their
 * status and sources (for screen readers, and for anyone who prefers text), and the snapshot itself as JSON
 * data for the script that draws the graph (web/embed/embed.js).
 */
final class EmbedPage {
    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\{?)([a-zA-Z]+)\\}?\\}\\}");
    private static final String TEMPLATE = read("embed/page.html");

    private EmbedPage() {
    }

    static String render(ViewSnapshot view, int latestVersion, boolean pinned, String base,
                         List<Corrections.Correction> corrections) {
        var links = ViewLinks.of(base, view);
        var page = pinned ? links.embedVersion() : links.embed();
        var values = new HashMap<String, Object>();
        values.put("id", view.id());
        values.put("version", String.valueOf(view.version()));
        values.put("title", view.title());
        values.put("description", view.caption() != null ? view.caption() : alt(view));
        values.put("alt", alt(view));
        values.put("pageUrl", page);
        values.put("oembedUrl", base + "/api/oembed?url=" + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8)
                + "&format=json");
        values.put("pngUrl", links.png());
        values.put("caption", view.caption() == null ? "" : view.caption());
        values.put("credits", view.credits() == null ? "" : view.credits());
        values.put("versionLine", versionLine(view, latestVersion));
        values.put("explorerUrl", links.explorer());
        values.put("table", table(view));
        values.put("corrections", corrections(corrections));
        values.put("data", new Html.Raw(scriptData(view)));
        return fill(values);
    }

    private static String fill(Map<String, Object> values) {
        var matcher = SLOT.matcher(TEMPLATE);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value = values.get(matcher.group(2));
            if (value == null) throw new IllegalStateException("embed/page.html: no value for " + matcher.group());
            var raw = !matcher.group(1).isEmpty();
            if (raw != value instanceof Html.Raw) {
                throw new IllegalStateException("embed/page.html: " + matcher.group() + " must be "
                        + (raw ? "markup" : "text"));
            }
            var text = raw ? value.toString() : Html.escape(value.toString());
            matcher.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A sentence a screen reader says for the picture: how much it shows, and whom. */
    static String alt(ViewSnapshot view) {
        var names = view.nodes().stream().limit(12).map(NodeJson::name).collect(Collectors.joining(", "));
        return "Network graph of " + view.nodes().size() + " entities and " + view.edges().size()
                + " relationships: " + names + (view.nodes().size() > 12 ? " and others" : "") + ".";
    }

    private static String versionLine(ViewSnapshot view, int latestVersion) {
        var date = view.savedAt() == null ? "" : view.savedAt().substring(0, 10);
        var line = "Version " + view.version() + (view.version() > 1 ? ", corrected " : ", published ") + date;
        return view.version() < latestVersion ? line + " (a newer version exists)" : line;
    }

    /** The relationships as a table: who, how, whom, status, quote, sources, claimed by. */
    static Html.Raw table(ViewSnapshot view) {
        var names = new HashMap<String, String>();
        view.nodes().forEach(n -> names.put(n.id(), n.name()));
        var head = Html.element("thead", List.of(), Html.element("tr", List.of(),
                List.of("From", "Relationship", "To", "Status", "Quote", "Sources", "Claimed by").stream()
                        .map(h -> Html.element("th", Html.attrs("scope", "col"), h)).toList()));
        var rows = view.edges().stream().map(e -> row(e, names)).toList();
        var table = Html.element("table", Html.attrs("id", "embed-table", "class", "embed-table"),
                Html.element("caption", List.of(), view.title()), head, Html.element("tbody", List.of(), rows));
        var connected = new java.util.HashSet<String>();
        view.edges().forEach(e -> {
            connected.add(e.source());
            connected.add(e.target());
        });
        var alone = view.nodes().stream().filter(n -> !connected.contains(n.id())).map(NodeJson::name).toList();
        var also = alone.isEmpty() ? null
                : Html.element("p", Html.attrs("class", "embed-also"), "Also shown, without a relationship: "
                + String.join(", ", alone) + ".");
        return new Html.Raw(table.html() + (also == null ? "" : also.html()));
    }

    private static Html.Raw row(EdgeJson e, Map<String, String> names) {
        var claimant = e.claimedBy() == null ? "the source itself"
                : e.claimedByName() != null ? e.claimedByName() : e.claimedBy();
        return Html.element("tr", Html.attrs("data-edge-id", e.id(), "data-status", e.status()),
                Html.element("td", List.of(), names.getOrDefault(e.source(), e.source())),
                Html.element("td", List.of(), e.type().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)
                        + (e.role() == null ? "" : " (" + e.role() + ")")),
                Html.element("td", List.of(), names.getOrDefault(e.target(), e.target())),
                Html.element("td", Html.attrs("class", "status status-" + e.status()), e.status()),
                Html.element("td", Html.attrs("class", "quote"), e.quote() == null ? "" : "“" + e.quote() + "”",
                        quoteCheck(e)),
                Html.element("td", Html.attrs("class", "sources"), e.sources() == null ? List.of()
                        : e.sources().stream().map(EmbedPage::source).toList()),
                Html.element("td", List.of(), claimant));
    }

    /** Whether the quote was found in a held text of its sources: a reader sees a quote nobody checked. */
    private static Object quoteCheck(EdgeJson e) {
        if (e.quote() == null || e.quoteVerified() == null) return "";
        return e.quoteVerified()
                ? Html.element("span", Html.attrs("class", "quote-check verified"), " ✓ found in the source's text")
                : Html.element("span", Html.attrs("class", "quote-check unchecked"), " (quote not checked)");
    }

    private static Html.Raw source(SourceRef s) {
        var title = s.title() != null ? s.title() : s.id();
        var href = Html.safeUrl(s.url());
        var name = href == null ? Html.element("cite", List.of(), title)
                : Html.element("a", Html.attrs("href", href, "target", "_blank", "rel", "noopener noreferrer"),
                        Html.element("cite", List.of(), title));
        var meta = java.util.stream.Stream.of(s.publisher(), s.published()).filter(x -> x != null).toList();
        return Html.element("span", Html.attrs("class", "source"), name,
                meta.isEmpty() ? null : " — " + String.join(", ", meta));
    }

    /** What changed since version 1, newest first, as a newsroom prints corrections; nothing for a first version. */
    static Html.Raw corrections(List<Corrections.Correction> corrections) {
        var entries = corrections.stream().filter(c -> c.version() > 1)
                .sorted(java.util.Comparator.comparingInt(Corrections.Correction::version).reversed())
                .map(c -> Html.element("li", List.of(),
                        Html.element("strong", List.of(), "Version " + c.version() + ", "
                                + (c.savedAt() == null ? "" : c.savedAt().substring(0, 10)) + ": "),
                        c.note() == null ? null : c.note() + ". ",
                        c.changes().stream().map(EmbedPage::sentence).collect(Collectors.joining("; "))
                                + (c.changes().isEmpty() ? "republished unchanged." : ".")))
                .toList();
        if (entries.isEmpty()) return new Html.Raw("");
        return Html.element("details", Html.attrs("id", "embed-corrections", "class", "embed-table-box"),
                Html.element("summary", List.of(), "Corrections (" + entries.size() + ")"),
                Html.element("ol", Html.attrs("class", "embed-corrections", "reversed", ""), entries));
    }

    /** One change in words: "status of Ruslan Bashirli AFFILIATED_WITH NDI: alleged → reported". */
    private static String sentence(Corrections.Change c) {
        var kind = c.kind();
        var what = c.name() != null ? c.name() : c.id();
        if (kind.endsWith("-added")) return (kind.startsWith("node") ? "added " : "added the link ") + what;
        if (kind.endsWith("-removed")) return (kind.startsWith("node") ? "removed " : "removed the link ") + what;
        if (kind.equals("positions-changed")) return what;
        var field = c.field() == null ? "" : c.field();
        var change = ": " + value(c.before()) + " → " + value(c.after());
        if (kind.startsWith("node") || kind.startsWith("edge")) return field + " of " + what + change;
        return field + " edited" + (field.equals("caption") || field.equals("title") || field.equals("credits") ? change : "");
    }

    private static String value(com.fasterxml.jackson.databind.JsonNode node) {
        if (node == null || node.isNull()) return "(none)";
        var text = node.isTextual() ? "“" + node.asText() + "”" : node.toString();
        return text.length() > 160 ? text.substring(0, 157) + "…" : text;
    }

    /** The snapshot as JSON inside a script element: nothing in it can close the element or start markup. */
    private static String scriptData(ViewSnapshot view) {
        try {
            return Json.objectMapper().writeValueAsString(view)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (var in = EmbedPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing " + resource + " on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
