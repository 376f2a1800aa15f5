package org.tracegraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tracegraph.support.TestServer;

/**
 * The analysis panel: centrality over what is on the canvas, counting only the evidence the user lets count.
 * The fixture is two confirmed triangles joined by two brokers: X through confirmed links, R through rumours.
 * With rumours counted R bridges the groups; without them X does.
 */
class ExplorerAnalysisBrowserTest extends ExplorerBrowserSupport {
    private static final String PREFIX = "zz-ana-";
    private final List<String> ids = new ArrayList<>();

    @AfterEach
    void removeTheFixture() {
        // leave the page first: one still loading would log a 404 for the fixture into the next test's console
        browser.driver().get(browser.base() + "/explorer/favicon.svg");
        browser.clearConsole();
        TestServer.server().database().writeTransaction(tx -> {
            tx.run("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n", Map.of("prefix", PREFIX)).consume();
            tx.run("MATCH (c:Change) WHERE any(id IN c.entityIds WHERE id STARTS WITH $prefix) DELETE c",
                    Map.of("prefix", PREFIX)).consume();
            return null;
        });
    }

    @Test
    void leaving_rumours_out_changes_who_bridges_the_groups_and_the_link_keeps_the_choice() {
        var fixture = twoGroupsAndTwoBrokers();
        String x = fixture.get("x");
        String r = fixture.get("r");

        browser.open("/?nodes=" + String.join(",", ids) + "&analysis=betweenness&evidence=confirmed,reported,rumour");
        browser.waitIdle();
        browser.waitUntil("the ranking", () -> !ranking().isEmpty());
        assertTrue(displayed("#analysis-panel"), "the analysis panel is open");
        assertEquals(r, ranking().get(0), "with rumours, the rumoured broker bridges the groups");
        assertEquals(1.0, ((Number) browser.js("return window.cy.getElementById(arguments[0]).data('analysisSize')", r))
                .doubleValue(), 1e-9, "the top node is drawn biggest");
        assertTrue(browser.js("return window.cy.getElementById(arguments[0]).width()", r) instanceof Number);
        double rWidth = ((Number) browser.js("return window.cy.getElementById(arguments[0]).width()", r)).doubleValue();
        double xWidth = ((Number) browser.js("return window.cy.getElementById(arguments[0]).width()", x)).doubleValue();
        assertTrue(rWidth > xWidth, "R drawn bigger than X: " + rWidth + " vs " + xWidth);

        click("#analysis-evidence input[value='rumour']");
        browser.waitUntil("X first once rumours are left out", () -> !ranking().isEmpty() && ranking().get(0).equals(x));
        assertTrue(String.valueOf(browser.js("return document.getElementById('analysis-summary').textContent"))
                .contains("rumour"), "the summary says rumours are left out");
        browser.waitUntil("the link says which evidence counts", () -> browser.pathAndQuery().contains("evidence=confirmed,reported")
                && !browser.pathAndQuery().contains("rumour") && browser.pathAndQuery().contains("analysis=betweenness"));

        // The link is the analysis: a reload shows the same ranking.
        browser.open(browser.pathAndQuery());
        browser.waitIdle();
        browser.waitUntil("the ranking again", () -> !ranking().isEmpty());
        assertEquals(x, ranking().get(0));
        assertEquals(Boolean.FALSE, browser.js("return document.querySelector(\"#analysis-evidence input[value='rumour']\").checked"));
    }

    @Test
    void the_toolbar_opens_the_analysis_and_each_measure_ranks_the_canvas() {
        twoGroupsAndTwoBrokers();
        browser.open("/?nodes=" + String.join(",", ids));
        browser.waitIdle();
        click("#analysis-toggle");
        browser.waitUntil("the panel", () -> displayed("#analysis-panel") && !ranking().isEmpty());
        browser.waitUntil("the link names the measure", () -> browser.pathAndQuery().contains("analysis=betweenness"));
        for (var measure : List.of("degree", "pagerank", "communities")) {
            browser.js("const s = document.getElementById('analysis-measure'); s.value = arguments[0];"
                    + " s.dispatchEvent(new Event('change', {bubbles: true}))", measure);
            browser.waitUntil("the link names " + measure, () -> browser.pathAndQuery().contains("analysis=" + measure));
            browser.waitUntil(measure + " listed", () -> !browser.findAll("#analysis-ranking li.ranked").isEmpty());
        }
        // Communities: the two confirmed triangles (with their brokers) are groups of their own.
        long groups = (Long) browser.js("return document.querySelectorAll('#analysis-ranking .community-group').length");
        assertTrue(groups >= 2, "at least two groups: " + groups);
        click("#analysis-close");
        browser.waitUntil("closed", () -> !displayed("#analysis-panel") && !browser.pathAndQuery().contains("analysis="));
        assertEquals(0L, browser.js("return window.cy.nodes('.analysed, .community').length"));
    }

    @Test
    void the_whole_neighbourhood_is_analysed_on_the_server_with_the_same_evidence_and_the_link_keeps_it() {
        var fixture = twoGroupsAndTwoBrokers();
        String a1 = fixture.get("a1");
        String a2 = fixture.get("a2");
        String r = fixture.get("r");
        String b3 = fixture.get("b3");
        // Two steps from A2: its triangle, X, R, and through R the B2-B3 pair; only A2 is on the canvas.
        browser.open("/?nodes=" + a2 + "&analysis=betweenness&evidence=confirmed,reported,rumour&around=" + a2);
        browser.waitIdle();
        browser.waitUntil("the server's ranking", () -> summary().contains("On the server") && !ranking().isEmpty());
        assertEquals(r, ranking().get(0), "with rumours, R bridges A2's triangle and the B pair: " + ranking());
        assertTrue(ranking().contains(b3), "an entity off the canvas is ranked: " + ranking());
        assertEquals(Boolean.FALSE, browser.js("return window.cy.getElementById(arguments[0]).nonempty()", b3));
        assertTrue(summary().contains("within 2 steps"), summary());

        click("#analysis-evidence input[value='rumour']");
        browser.waitUntil("A1 first once rumours are left out", () -> !ranking().isEmpty() && ranking().get(0).equals(a1));
        browser.waitUntil("the link keeps the neighbourhood and the evidence", () -> browser.pathAndQuery().contains("around=" + a2)
                && browser.pathAndQuery().contains("evidence=confirmed,reported") && !browser.pathAndQuery().contains("rumour"));

        // The link is the analysis: a reload asks the server again and ranks the same way.
        browser.open(browser.pathAndQuery());
        browser.waitIdle();
        browser.waitUntil("the server's ranking again", () -> summary().contains("On the server") && !ranking().isEmpty());
        assertEquals(a1, ranking().get(0));

        // Picking an entity off the canvas brings it; the toggle goes back to what is on the canvas.
        browser.waitUntil("B3 in the ranking", () -> ranking().contains(b3));
        click("#analysis-ranking button.ranked-name[data-id='" + b3 + "']");
        browser.waitUntil("B3 brought onto the canvas", () -> Boolean.TRUE.equals(
                browser.js("return window.cy.getElementById(arguments[0]).nonempty()", b3)));
        click("#analysis-around");
        browser.waitUntil("back to the canvas", () -> !browser.pathAndQuery().contains("around=")
                && !summary().contains("On the server"));
        assertEquals("false", browser.find("#analysis-around").getAttribute("aria-pressed"));
    }

    private String summary() {
        return String.valueOf(browser.js("return document.getElementById('analysis-summary').textContent"));
    }

    private List<String> ranking() {
        return strings(browser.js("return [...document.querySelectorAll('#analysis-ranking li.ranked[data-id]')].map(l => l.dataset.id)"));
    }

    private Map<String, String> twoGroupsAndTwoBrokers() {
        var editor = TestServer.editor();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String source = create(editor, "source-" + run, "Source", "Analysis fixture " + run);
        var names = List.of("a1", "a2", "a3", "b1", "b2", "b3", "x", "r");
        var id = new java.util.LinkedHashMap<String, String>();
        for (var n : names) id.put(n, create(editor, n + "-" + run, "Person", "Analyst " + n.toUpperCase() + " " + run));
        String[][] confirmed = {{"a1", "a2"}, {"a2", "a3"}, {"a1", "a3"}, {"b1", "b2"}, {"b2", "b3"}, {"b1", "b3"},
                {"a1", "x"}, {"x", "b1"}};
        String[][] rumours = {{"a2", "r"}, {"a3", "r"}, {"r", "b2"}, {"r", "b3"}};
        for (var pair : confirmed) link(editor, id.get(pair[0]), id.get(pair[1]), source, "confirmed");
        for (var pair : rumours) link(editor, id.get(pair[0]), id.get(pair[1]), source, "rumour");
        ids.add(source);
        ids.addAll(id.values());
        return id;
    }

    private String create(org.tracegraph.support.Http editor, String id, String type, String name) {
        var fields = "Source".equals(type)
                ? Map.of("id", PREFIX + id, "type", type, "name", name, "title", name, "kind", "article")
                : Map.of("id", PREFIX + id, "type", type, "name", name);
        var response = editor.post("/api/entities", json(fields));
        assertEquals(201, response.status(), response::toString);
        return PREFIX + id;
    }

    private void link(org.tracegraph.support.Http editor, String from, String to, String source, String status) {
        var response = editor.post("/api/relationships", json(Map.of("from", from, "type", "FRIEND_OF", "to", to,
                "sourceIds", List.of(source), "quote", "they are friends", "status", status)));
        assertEquals(201, response.status(), response::toString);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
