package org.tracegraph.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tracegraph.support.BrowserTest;

/**
 * An embed in any column from 320 to 1200 px (issue 21, item 1): no horizontal overflow, node labels drawn
 * even at 320 px, a compact legend of the statuses shown, and below about 480 px the relationships table as
 * stacked cards.
 */
class EmbedWidthsBrowserTest extends BrowserTest {
    private static final Views VIEWS = new Views();

    @AfterAll
    static void removeTheViews() {
        VIEWS.deleteAll();
    }

    @AfterEach
    void backToTheDesktop() {
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void a_view_saved_with_a_traced_path_keeps_it_highlighted_in_the_embed() {
        var path = List.of("ruslan-bashirli", "ndi", "ruslan-bashirli-affiliated-with-ndi");
        var view = VIEWS.create(Map.of("title", "Bashirli to NDI", "nodeIds", Views.BASHIRLI_STORY, "highlight", path));
        assertEquals(path.size(), view.get("highlight").size(), view.toString());
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", 320, "height", 560, "deviceScaleFactor", 1, "mobile", true));
        browser.driver().get(view.at("/links/embedVersion").asText());
        browser.waitIdle();
        @SuppressWarnings("unchecked")
        var highlighted = (List<String>) browser.js("return window.cy.elements('.path-highlight').map(e => e.id()).sort()");
        assertEquals(path.stream().sorted().toList(), highlighted);
        assertEquals(Boolean.TRUE, browser.js("return window.cy.elements().not('.path-highlight').every(e => e.hasClass('faded'))"));

        var refused = Views.editor().post("/api/views", Views.json(Map.of("title", "x", "nodeIds", List.of("ndi"),
                "highlight", "ndi")));
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.body().contains("highlight"), refused.body());
    }

    @Test
    void the_embed_fits_every_column_from_320_to_1200_px_with_labels_a_legend_and_cards_when_narrow() {
        var view = VIEWS.createBashirliStory();
        String page = view.at("/links/embedVersion").asText();
        for (int width : new int[] {320, 360, 414, 480, 600, 800, 1200}) {
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", width, "height", 640, "deviceScaleFactor", 1, "mobile", width < 600));
            browser.driver().get(page);
            browser.waitIdle();
            browser.js("document.querySelector('.embed-table-box').open = true");
            var where = " at " + width + " px";
            assertEquals(Boolean.TRUE, browser.js("const s = document.scrollingElement; return s.scrollWidth <= s.clientWidth"),
                    "no horizontal overflow" + where + ": " + browser.js("return document.scrollingElement.scrollWidth"));
            assertEquals(Boolean.TRUE, browser.js("const t = document.getElementById('embed-table');"
                    + " return t.getBoundingClientRect().right <= document.documentElement.clientWidth + 1"), "the table fits" + where);
            double label = ((Number) browser.js("return Math.min(...window.cy.nodes().map(n => parseFloat(n.style('font-size'))))"
                    + " * window.cy.zoom()")).doubleValue();
            double shownFrom = ((Number) browser.js("return parseFloat(window.cy.nodes().first().style('min-zoomed-font-size'))")).doubleValue();
            assertTrue(label >= Math.max(shownFrom, 7), "node labels drawn" + where + ": " + label + " px");

            @SuppressWarnings("unchecked")
            var legend = (List<String>) browser.js("return [...document.querySelectorAll('#embed-legend li')].map(l => l.textContent.trim())");
            @SuppressWarnings("unchecked")
            var statuses = (List<String>) browser.js("return [...new Set([...document.querySelectorAll('#embed-table tr[data-status]')]"
                    + ".map(r => r.dataset.status))]");
            assertTrue(!legend.isEmpty() && legend.containsAll(statuses) && statuses.containsAll(legend),
                    "the legend names the statuses shown" + where + ": " + legend + " vs " + statuses);

            String display = (String) browser.js("return getComputedStyle(document.querySelector('#embed-table tbody tr')).display");
            if (width < 480) assertEquals("block", display, "rows as stacked cards" + where);
            else assertEquals("table-row", display, "a table" + where);
        }
    }
}
