package org.tracegraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The view lives in the URL: a focus link, and a reload that brings back the same canvas, selection,
 * filters, layout, pins and places.
 */
class ExplorerStateBrowserTest extends ExplorerBrowserSupport {
    @Test
    void a_focus_link_opens_the_entity_with_its_neighbours_selected() {
        browser.open("/?focus=" + BASHIRLI);
        var neighbourhood = idsOf(http.get("/api/entities/" + BASHIRLI + "/neighbourhood?depth=1&limit=25")
                .json().get("nodes"));
        assertTrue(nodeIds().containsAll(neighbourhood), "missing " + difference(neighbourhood, nodeIds()));
        assertEquals(List.of(BASHIRLI), selectedIds());
        assertEquals("Ruslan Bashirli", detailsName());
    }

    @Test
    void a_reload_shows_the_same_view_because_the_url_carries_it() {
        browser.open("/?focus=" + BASHIRLI);
        clickNode(COUP_PLOT);
        browser.waitUntil("the plot selected", () -> selectedIds().equals(List.of(COUP_PLOT)));
        click("#expand");
        browser.waitIdle();
        browser.waitUntil("expanded", () -> onCanvas("bashirli-co-defendant-1"));
        click("input[name='status'][value='rumour']");
        click("input[name='type'][value='Source']");
        new Select(browser.find("select#layout-select")).selectByValue("concentric");
        browser.waitIdle();
        clickNode("yeni-fekir");
        browser.waitUntil("Yeni Fekir selected", () -> selectedIds().equals(List.of("yeni-fekir")));
        browser.waitIdle();
        var before = view();
        var url = browser.pathAndQuery();
        var query = query();
        assertEquals("yeni-fekir", query.get("selected"), url);
        assertEquals("concentric", query.get("layout"), url);
        assertFalse(query.getOrDefault("statuses", "rumour").contains("rumour"), url);
        assertFalse(query.getOrDefault("types", "Source").contains("Source"), url);

        browser.driver().navigate().refresh();
        browser.waitIdle();
        browser.waitUntil("the same nodes back", () -> nodeIds().equals(before.get("nodes")));
        assertEquals(before, view());
        assertEquals(url, browser.pathAndQuery(), "the URL is kept");
    }

    @Test
    void a_node_dragged_by_hand_and_a_pinned_one_are_where_they_were_after_a_reload() {
        browser.open("/?focus=" + BASHIRLI);
        clickNode(COUP_PLOT);
        click("#pin");
        browser.waitIdle();
        mouseOnNode("yeni-fekir").clickAndHold().moveByOffset(90, 60).moveByOffset(30, 20).release().perform();
        browser.waitIdle();
        var query = query();
        assertEquals(COUP_PLOT, query.get("pins"), browser.pathAndQuery());
        assertTrue(query.getOrDefault("pos", "").contains("yeni-fekir:"), browser.pathAndQuery());
        var before = positions();

        browser.driver().navigate().refresh();
        browser.waitIdle();
        browser.waitUntil("the same nodes back", () -> positions().keySet().equals(before.keySet()));
        var after = positions();
        for (var id : before.keySet()) {
            var was = before.get(id);
            var is = after.get(id);
            assertTrue(Math.abs(was[0] - is[0]) <= 1 && Math.abs(was[1] - is[1]) <= 1,
                    id + " moved from " + Arrays.toString(was) + " to " + Arrays.toString(is));
        }
        assertEquals(Boolean.TRUE, browser.js("return window.cy.getElementById(arguments[0]).locked()", COUP_PLOT));
    }

    /** Every node's model position, rounded as the link rounds it. */
    private Map<String, long[]> positions() {
        var pairs = strings(browser.js("return window.cy.nodes().map((n) => n.id() + ':' + Math.round(n.position('x'))"
                + " + ':' + Math.round(n.position('y')))"));
        var map = new TreeMap<String, long[]>();
        for (var pair : pairs) {
            var parts = pair.split(":");
            map.put(parts[0], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
        }
        return map;
    }
}
