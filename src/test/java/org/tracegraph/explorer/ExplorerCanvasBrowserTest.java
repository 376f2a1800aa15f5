package org.tracegraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * Acting on the canvas: hide and undo, pin through a layout, export what is visible as JSON or PNG.
 */
class ExplorerCanvasBrowserTest extends ExplorerBrowserSupport {
    @Test
    void hiding_a_node_takes_it_and_its_links_off_the_canvas_and_undo_puts_them_back() {
        browser.open("/?focus=" + BASHIRLI);
        var before = nodeIds();
        long edgesBefore = (Long) browser.js("return window.cy.edges().length");
        clickNode(COUP_PLOT);
        click("#hide");
        browser.waitIdle();
        browser.waitUntil("the plot is gone", () -> !onCanvas(COUP_PLOT));
        assertTrue((Long) browser.js("return window.cy.edges().length") < edgesBefore, "its links went with it");
        click("#undo");
        browser.waitIdle();
        browser.waitUntil("the plot is back", () -> onCanvas(COUP_PLOT));
        assertEquals(before, nodeIds());
        assertEquals(edgesBefore, (Long) browser.js("return window.cy.edges().length"));
    }

    @Test
    void a_pinned_node_keeps_its_place_through_a_new_layout() {
        browser.open("/?focus=" + BASHIRLI);
        clickNode(COUP_PLOT);
        click("#pin");
        browser.waitIdle();
        assertEquals(Boolean.TRUE, browser.js("return window.cy.getElementById(arguments[0]).locked()", COUP_PLOT));
        var before = browser.js("return JSON.stringify(window.cy.getElementById(arguments[0]).position())", COUP_PLOT);
        new Select(browser.find("#layout-select")).selectByValue("concentric");
        browser.waitIdle();
        assertEquals(before, browser.js("return JSON.stringify(window.cy.getElementById(arguments[0]).position())",
                COUP_PLOT), "a pinned node stays where it was put");
    }

    @Test
    void exporting_json_downloads_graph_json_of_the_visible_subgraph() throws IOException {
        browser.open("/?focus=" + FOOTAGE);
        click("input[name='status'][value='alleged']");
        click("input[name='type'][value='Place']");
        browser.waitIdle();
        browser.waitUntil("filters applied", () -> visibleNodesWith("type", "Place") == 0);
        var visibleNodes = strings(browser.js("return window.cy.nodes(':visible').map(n => n.id())"));
        var visibleEdges = strings(browser.js("return window.cy.edges(':visible').map(e => e.id())"));
        assertFalse(visibleEdges.isEmpty());

        browser.emptyDownloads();
        click("#export-json");
        var file = browser.download(".json");
        var graph = JSON.readTree(Files.readString(file));

        assertEquals(new TreeSet<>(visibleNodes), new TreeSet<>(idsOf(graph.get("nodes"))), "the visible nodes");
        assertEquals(new TreeSet<>(visibleEdges), new TreeSet<>(idsOf(graph.get("edges"))), "the visible edges");
        var nodeFields = Set.of("id", "name", "type", "aliases", "description", "kind", "date", "startDate", "endDate",
                "dateApprox", "title", "publisher", "published", "url", "degree");
        var edgeFields = Set.of("id", "source", "target", "type", "status", "sources", "quote", "claimedBy",
                "claimedByName", "role", "date", "startDate", "endDate", "dateApprox", "note", "quoteVerified", "quoteOffsets");
        for (var node : graph.get("nodes")) {
            assertTrue(node.hasNonNull("name") && node.hasNonNull("type"), node::toString);
            node.fieldNames().forEachRemaining(f -> assertTrue(nodeFields.contains(f), "graph JSON node field " + f));
        }
        for (var edge : graph.get("edges")) {
            assertTrue(edge.hasNonNull("source") && edge.hasNonNull("target") && edge.hasNonNull("status"), edge::toString);
            assertFalse(edge.get("status").asText().equals("alleged"));
            edge.fieldNames().forEachRemaining(f -> assertTrue(edgeFields.contains(f), "graph JSON edge field " + f));
        }
    }

    @Test
    void exporting_png_downloads_the_canvas_with_a_title_a_legend_and_the_sources_but_no_halo_or_badge() throws IOException {
        browser.open("/?focus=" + BASHIRLI);
        browser.waitIdle();
        // a neighbour with neighbours not shown (its "+N" badge on screen), selected (its halo on screen)
        String badged = (String) browser.js("return window.cy.nodes().filter(n => n.id() !== arguments[0]"
                + " && n.data('hiddenCount') > 0).first().id() || null", BASHIRLI);
        assertTrue(badged != null, "a node with a +N badge on the canvas");
        clickNode(badged);
        browser.waitIdle();
        assertTrue(String.valueOf(browser.js("return window.cy.getElementById(arguments[0]).style('label')", badged)).contains("\n+"),
                "the badge is on screen");
        // What the picture is drawn from: Cytoscape's own picture of the graph, and the text written around it.
        browser.js("""
                const id = arguments[0], cy = window.cy, png = cy.png.bind(cy), fillText = CanvasRenderingContext2D.prototype.fillText;
                window.__texts = [];
                CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
                  window.__texts.push(String(text));
                  return fillText.call(this, text, ...rest);
                };
                cy.png = (options) => {
                  const n = cy.getElementById(id);
                  window.__drawn = {label: n.style('label'), halo: Number(n.style('underlay-opacity')), selected: n.selected()};
                  const uri = png(options);
                  window.__graphPicture = uri;
                  return uri;
                };""", badged);
        browser.emptyDownloads();
        click("#export-png");
        var bytes = Files.readAllBytes(browser.download(".png"));
        assertTrue(bytes.length > 1000, "an image, not an empty file");
        assertEquals(0x89, bytes[0] & 0xff);
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));

        @SuppressWarnings("unchecked")
        var drawn = (java.util.Map<String, Object>) browser.js("return window.__drawn");
        assertEquals(Boolean.TRUE, drawn.get("selected"), "the node was still selected on screen");
        assertFalse(String.valueOf(drawn.get("label")).contains("+"), "no +N badge in the picture: " + drawn);
        assertEquals(0.0, ((Number) drawn.get("halo")).doubleValue(), "no selection halo in the picture: " + drawn);
        var texts = strings(browser.js("return window.__texts"));
        assertTrue(texts.contains("Ruslan Bashirli and their connections"), "the title: " + texts);
        var typesShown = strings(browser.js("return [...new Set(window.cy.nodes(':visible').map(n => n.data('type')))]"));
        var statusesShown = strings(browser.js("return [...new Set(window.cy.edges(':visible').map(e => e.data('status')))]"));
        assertTrue(texts.containsAll(typesShown) && texts.containsAll(statusesShown),
                "a legend of the types " + typesShown + " and statuses " + statusesShown + " shown: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Sources: ") && t.contains("Tracegraph")), "the sources and the credit: " + texts);
        // the file is the graph's picture with room for the title above and the legend and credit below
        long graphHeight = (Long) browser.jsAsync("""
                const done = arguments[arguments.length - 1], i = new Image();
                i.onload = () => done(i.height); i.src = window.__graphPicture;""");
        int fileHeight = java.nio.ByteBuffer.wrap(bytes, 20, 4).getInt(); // the IHDR's height
        assertTrue(fileHeight >= graphHeight + 100, "title, legend and credit around the graph: " + fileHeight + " vs " + graphHeight);
    }
}
