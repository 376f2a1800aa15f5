package org.tracegraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The filter bar: types, statuses and years hide what they leave out, and the URL names what is shown.
 */
class ExplorerFiltersBrowserTest extends ExplorerBrowserSupport {
    @Test
    void unchecking_a_status_hides_its_edges_and_unchecking_a_type_hides_its_nodes() {
        browser.open("/?focus=" + FOOTAGE);
        assertTrue(visibleEdgesWith("status", "alleged") > 0, "alleged edges to begin with");
        assertTrue(visibleNodesWith("type", "Place") > 0, "a place (Tbilisi) to begin with");

        click("input[name='status'][value='alleged']");
        browser.waitIdle();
        browser.waitUntil("no alleged edge visible", () -> visibleEdgesWith("status", "alleged") == 0);
        // the footage's own claims are all alleged; the ties among its neighbours (Bashirli's trial) are not
        assertTrue(visibleEdgesWith("status", "confirmed") + visibleEdgesWith("status", "reported") > 0,
                "the others stay");
        assertEquals(0L, browser.js("return window.cy.edges('[status = \"alleged\"]').not('.filtered').length"),
                "filtered edges carry the class filtered");
        assertFalse(query().getOrDefault("statuses", "").contains("alleged"));
        assertTrue(query().containsKey("statuses"), "the URL names the statuses shown");

        click("input[name='type'][value='Place']");
        browser.waitIdle();
        browser.waitUntil("no Place visible", () -> visibleNodesWith("type", "Place") == 0);
        assertTrue(visibleNodesWith("type", "Event") > 0, "the others stay");
        assertTrue(query().containsKey("types") && !query().get("types").contains("Place"));

        click("input[name='type'][value='Place']");
        browser.waitIdle();
        browser.waitUntil("Tbilisi back", () -> visibleNodesWith("type", "Place") > 0);
    }

    @Test
    void moving_the_start_year_hides_what_happened_before_it_and_keeps_the_undated() {
        browser.open("/?focus=" + BASHIRLI);
        assertTrue(onCanvas("bashirli-arrest-2005"));
        var slider = browser.find("#date-from");
        slider.click();
        slider.sendKeys(Keys.END);
        slider.sendKeys(Keys.ARROW_LEFT);
        browser.waitIdle();
        browser.waitUntil("the slider at 2011", () -> "2011".equals(browser.js("return document.getElementById('date-from').value")));
        browser.waitUntil("the 2005 arrest filtered out", () -> Boolean.TRUE.equals(browser.js(
                "return !window.cy.getElementById('bashirli-arrest-2005').visible()")));
        assertEquals(Boolean.TRUE, browser.js("return window.cy.getElementById(arguments[0]).visible()", BASHIRLI),
                "an undated entity stays");
        assertEquals("2011", query().get("from"), "the URL keeps the years");
    }
}
