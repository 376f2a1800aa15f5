package org.tracegraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * Tracing how two entities are connected: from the pickers, and from a {@code /?path=FROM,TO} link.
 */
class ExplorerPathsBrowserTest extends ExplorerBrowserSupport {
    @Test
    void tracing_bashirli_to_ndi_lists_the_ranked_paths_with_their_weakest_hops_and_highlights_the_one_clicked() {
        browser.open("/");
        pick("#path-from-input", "path-from-suggestions", "Bashirli", BASHIRLI);
        pick("#path-to-input", "path-to-suggestions", "NDI", "ndi");
        click("#trace-button");
        browser.waitIdle();
        browser.waitUntil("paths in #path-results", () -> !browser.findAll("#path-results .path").isEmpty());

        var api = http.get("/api/paths?from=" + BASHIRLI + "&to=ndi").json().get("paths");
        var shown = pathsShown();
        assertTrue(shown.size() >= 3, "several paths: " + shown.size());
        var first = shown.get(0);
        assertEquals("1", first.get("length"));
        assertEquals("alleged", first.get("weakestStatus"));
        for (int i = 0; i < Math.min(shown.size(), api.size()); i++) {
            var path = shown.get(i);
            var apiPath = api.get(i);
            var where = "path " + i + " " + path;
            assertEquals(apiPath.get("length").asText(), path.get("length"), where);
            assertEquals(apiPath.get("weakestStatus").asText(), path.get("weakestStatus"), where);
            @SuppressWarnings("unchecked")
            var hops = (List<Map<String, Object>>) (List<?>) path.get("hops");
            assertEquals(apiPath.get("length").asInt(), hops.size(), "one .hop per hop: " + where);
            int weakest = 0;
            for (int h = 0; h < hops.size(); h++) {
                var hop = hops.get(h);
                var apiHop = apiPath.get("hops").get(h);
                var edge = apiPath.get("edges").get(h);
                var text = squash(String.valueOf(hop.get("text")));
                assertTrue(text.contains(squash(apiHop.get("sentence").asText())), "hop " + h + " sentence: " + where);
                assertTrue(String.valueOf(hop.get("badgeClass")).contains("status-" + apiHop.get("status").asText()),
                        "hop " + h + " badge: " + where);
                assertTrue(squash(String.valueOf(hop.get("quote"))).contains(squash(edge.get("quote").asText())),
                        "hop " + h + " quote: " + where);
                assertTrue(String.valueOf(hop.get("source")).contains(edge.get("sources").get(0).get("title").asText()),
                        "hop " + h + " source: " + where);
                if (Boolean.TRUE.equals(hop.get("weakest"))) {
                    weakest++;
                    assertEquals(apiPath.get("weakestHop").asInt(), h, "the weakest hop: " + where);
                }
            }
            assertEquals(1, weakest, "one hop marked .weakest: " + where);
        }

        // The second path first: the page may well highlight the first one by itself.
        var second = api.get(1);
        var secondIds = new ArrayList<String>(idsOf(second.get("nodes")));
        secondIds.addAll(idsOf(second.get("edges")));
        var firstEdge = "ruslan-bashirli-affiliated-with-ndi";
        var secondLastEdge = second.get("edges").get(second.get("length").asInt() - 1).get("id").asText();
        assertFalse(secondIds.contains(firstEdge));
        clickPath(1);
        browser.waitUntil("the second path highlighted", () -> highlighted().containsAll(secondIds)
                && !highlighted().contains(firstEdge));
        clickPath(0);
        browser.waitUntil("the first path highlighted instead", () -> highlighted().containsAll(
                List.of(BASHIRLI, "ndi", firstEdge)) && !highlighted().contains(secondLastEdge));
    }

    @Test
    void a_path_link_traces_the_paths_between_the_two() {
        browser.open("/?path=elnur-israfilov,eynullah-fatullayev");
        browser.waitUntil("paths in #path-results", () -> !browser.findAll("#path-results .path").isEmpty());
        var first = pathsShown().get(0);
        assertEquals("1", first.get("length"));
        assertEquals("alleged", first.get("weakestStatus"));
        var sentence = String.valueOf(first.get("text"));
        assertTrue(sentence.contains("Mammad Ibrahimli"), "the hop names who alleges it: " + sentence);
        assertTrue(onCanvas("elnur-israfilov") && onCanvas("eynullah-fatullayev"), "both on the canvas");
    }

    @Test
    void the_paths_order_and_most_hops_are_kept_in_the_link_and_a_reload_brings_them_back() {
        browser.open("/?path=" + BASHIRLI + ",ndi");
        browser.waitUntil("paths in #path-results", () -> !browser.findAll("#path-results .path").isEmpty());
        new Select(browser.find("#path-order")).selectByValue("evidence");
        browser.waitIdle();
        assertEquals("evidence", query().get("order"), browser.pathAndQuery());
        new Select(browser.find("#path-hops")).selectByValue("3");
        browser.waitIdle();
        browser.waitUntil("traced again within 3 hops",
                () -> browser.find("#path-summary").getText().contains("at most 3 hops"));
        var url = browser.pathAndQuery();
        assertEquals("3", query().get("hops"), url);
        assertEquals("evidence", query().get("order"), url);

        browser.driver().navigate().refresh();
        browser.waitIdle();
        browser.waitUntil("the paths back", () -> !browser.findAll("#path-results .path").isEmpty());
        assertEquals("evidence", browser.js("return document.getElementById('path-order').value"));
        assertEquals("3", browser.js("return document.getElementById('path-hops').value"));
        assertTrue(browser.find("#path-summary").getText().contains("at most 3 hops"));
        assertEquals(url, browser.pathAndQuery(), "the URL is kept");

        click("#paths-close");
        browser.waitIdle();
        browser.waitUntil("the path, its hops and its order out of the link", () -> !query().containsKey("path")
                && !query().containsKey("hops") && !query().containsKey("order"));
    }
}
