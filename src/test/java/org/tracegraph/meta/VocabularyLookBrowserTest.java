package org.tracegraph.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tracegraph.core.Status;
import org.tracegraph.core.Vocabulary;
import org.tracegraph.json.Json;
import org.tracegraph.support.BrowserTest;

/**
 * The explorer draws with vocabulary.json and nothing else: the canvas, the legend, the status badges and the
 * hops of a path, in Chromium.
 */
class VocabularyLookBrowserTest extends BrowserTest {
    private static final Vocabulary VOCABULARY = Vocabulary.get();

    @Test
    void the_canvas_the_legend_and_the_badges_are_in_the_vocabulary_colours_shapes_and_dashes() throws Exception {
        browser.open("/?focus=ruslan-bashirli");
        browser.waitIdle();
        browser.waitUntil("Bashirli's neighbours on the canvas", () -> Boolean.TRUE.equals(
                browser.js("return cy.nodes().length > 5 && document.querySelectorAll('#details .badge').length > 0")));

        var canvas = json(browser.js("""
                return JSON.stringify({
                  nodes: cy.nodes().map((n) => ({ type: n.data('type'), color: n.style('background-color'), shape: n.style('shape') })),
                  edges: cy.edges().map((e) => ({ status: e.data('status'), color: e.style('line-color'),
                    style: e.style('line-style'), width: e.style('width'), tee: e.style('mid-target-arrow-shape') })),
                });"""));
        for (var node : canvas.get("nodes")) {
            var type = type(node.get("type").asText());
            assertEquals(rgb(type.color()), node.get("color").asText(), node.toString());
            assertEquals(type.shape(), node.get("shape").asText(), node.toString());
        }
        var statusesDrawn = new HashMap<String, Boolean>();
        for (var edge : canvas.get("edges")) {
            var status = status(edge.get("status").asText());
            statusesDrawn.put(status.name(), true);
            assertEquals(rgb(status.color()), edge.get("color").asText(), edge.toString());
            assertEquals(status.dash() == null ? "solid" : "dashed", edge.get("style").asText(), edge.toString());
            assertEquals(number(status.width()) + "px", edge.get("width").asText(), edge.toString());
            assertEquals(status.struck() ? "tee" : "none", edge.get("tee").asText(), edge.toString());
        }
        assertTrue(statusesDrawn.size() >= 2, "several statuses on the canvas: " + statusesDrawn);

        // the legend: one row per type, in its glyph's colour; one per status, drawn in its line
        var legend = json(browser.js("""
                return JSON.stringify({
                  types: [...document.querySelectorAll('#legend input[name=type]')].map((i) => ({
                    name: i.value, fill: i.parentElement.querySelector('.type-glyph > *').getAttribute('fill') })),
                  statuses: [...document.querySelectorAll('#legend input[name=status]')].map((i) => {
                    const lines = i.parentElement.querySelectorAll('.line-sample line');
                    return { name: i.value, stroke: lines[0].getAttribute('stroke'),
                      dash: lines[0].getAttribute('stroke-dasharray'), struck: lines.length > 1 };
                  }),
                });"""));
        assertEquals(VOCABULARY.entityTypes().stream().map(Vocabulary.EntityTypeTerm::name).toList(),
                names(legend.get("types")));
        for (var row : legend.get("types")) {
            assertEquals(type(row.get("name").asText()).color(), row.get("fill").asText(), row.toString());
        }
        assertEquals(VOCABULARY.statuses().stream().map(Vocabulary.StatusTerm::name).toList(), names(legend.get("statuses")));
        for (var row : legend.get("statuses")) {
            var status = status(row.get("name").asText());
            assertEquals(status.color(), row.get("stroke").asText(), row.toString());
            assertEquals(status.dash() == null ? "" : Arrays.stream(status.dash()).mapToObj(VocabularyLookBrowserTest::number)
                    .collect(Collectors.joining(" ")), row.path("dash").asText(""), row.toString());
            assertEquals(status.struck(), row.get("struck").asBoolean(), row.toString());
        }

        for (var badge : badges("#details .badge")) {
            var status = status(badge.get("status").asText());
            assertEquals(rgb(status.badge().ink()), badge.get("color").asText(), badge.toString());
            assertEquals(rgb(status.badge().background()), badge.get("background").asText(), badge.toString());
            assertEquals(status.badge().border(), badge.get("border").asText(), badge.toString());
            assertEquals(status.struck(), badge.get("decoration").asText().contains("line-through"), badge.toString());
        }
    }

    @Test
    void a_hop_of_a_path_takes_its_status_colours_but_keeps_a_solid_border() throws Exception {
        // the hops as paths.js writes them, without a path search (which may time out on a loaded machine)
        browser.open("/");
        browser.waitIdle();
        browser.js("""
                const chain = document.createElement('p');
                chain.className = 'chain';
                chain.id = 'chain-under-test';
                for (const status of arguments[0]) {
                  const hop = document.createElement('span');
                  hop.className = `chain-hop status-${status}`;
                  hop.textContent = status;
                  chain.append(hop);
                }
                document.body.append(chain);""", Status.words());
        var hops = badges("#chain-under-test .chain-hop");
        assertEquals(Status.words().size(), hops.size());
        for (var hop : hops) {
            var status = status(hop.get("status").asText());
            assertEquals(rgb(status.badge().ink()), hop.get("color").asText(), hop.toString());
            assertEquals(rgb(status.badge().background()), hop.get("background").asText(), hop.toString());
            assertEquals("solid", hop.get("border").asText(), hop.toString());
        }
    }

    /** The computed colours of the elements {@code css} selects, each with the status its class names. */
    private static List<JsonNode> badges(String css) throws Exception {
        var list = json(browser.js("""
                return JSON.stringify([...document.querySelectorAll(arguments[0])].map((b) => {
                  const s = getComputedStyle(b);
                  const rgb = (colour) => colour.replaceAll(' ', '');
                  return { status: [...b.classList].find((c) => c.startsWith('status-')).slice(7), color: rgb(s.color),
                    background: rgb(s.backgroundColor), border: s.borderTopStyle, decoration: s.textDecorationLine };
                }));""", css));
        var out = new ArrayList<JsonNode>();
        list.forEach(out::add);
        return out;
    }

    private static Vocabulary.EntityTypeTerm type(String name) {
        return VOCABULARY.entityTypes().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static Vocabulary.StatusTerm status(String name) {
        return VOCABULARY.statuses().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(JsonNode rows) {
        var names = new ArrayList<String>();
        rows.forEach(r -> names.add(r.get("name").asText()));
        return names;
    }

    /** "#2563c9" as the browser computes it, without spaces (as Cytoscape.js writes it): "rgb(37,99,201)". */
    private static String rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (value >> 16) + "," + (value >> 8 & 0xff) + "," + (value & 0xff) + ")";
    }

    /** A dash length as JavaScript writes it: 12, 1.5. */
    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static JsonNode json(Object text) throws Exception {
        return Json.objectMapper().readTree((String) text);
    }
}
