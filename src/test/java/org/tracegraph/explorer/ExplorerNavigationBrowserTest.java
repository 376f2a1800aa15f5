package org.tracegraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * Finding an entity and widening the picture around it: search, expanding (the button, a double-click,
 * Enter, pages of 25 neighbours), and the keyboard alone.
 */
class ExplorerNavigationBrowserTest extends ExplorerBrowserSupport {
    @Test
    void searching_bashirli_and_picking_him_with_arrow_down_and_enter_puts_him_and_his_neighbours_on_the_canvas() {
        browser.open("/");
        var box = browser.find("#search-input");
        box.click();
        box.sendKeys("bashirli");
        var first = http.get("/api/search?q=bashirli").json().get("results").get(0).get("id").asText();
        assertEquals(BASHIRLI, first, "the API ranks him first");
        browser.waitUntil("suggestions for bashirli, him first", () -> {
            var ids = optionIds("search-suggestions");
            return !ids.isEmpty() && ids.get(0).equals(BASHIRLI);
        });
        assertTrue(optionIds("search-suggestions").size() > 1, "several suggestions");
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals(BASHIRLI, selectedOption("search-suggestions"), "ArrowDown marks the first suggestion");
        box.sendKeys(Keys.ENTER);
        browser.waitIdle();

        browser.waitUntil("Bashirli on the canvas", () -> onCanvas(BASHIRLI));
        var neighbourhood = idsOf(http.get("/api/entities/" + BASHIRLI + "/neighbourhood?depth=1&limit=25")
                .json().get("nodes"));
        assertTrue(neighbourhood.size() > 10);
        assertTrue(nodeIds().containsAll(neighbourhood), "his neighbours too: missing "
                + difference(neighbourhood, nodeIds()));
        assertEquals(List.of(BASHIRLI), selectedIds(), "he is selected");
        assertEquals("Ruslan Bashirli", detailsName());
        assertTrue(suggestionsClosed("search-suggestions"), "the suggestions close once one is picked");
    }

    @Test
    void expanding_a_neighbour_brings_its_hidden_neighbours_and_the_panel_counts_them_beforehand() {
        browser.open("/?focus=" + BASHIRLI);
        int before = nodeIds().size();
        var hidden = difference(neighboursOf(COUP_PLOT), nodeIds());
        assertEquals(Set.of("bashirli-co-defendant-1", "bashirli-co-defendant-2", "government-of-azerbaijan"), hidden);

        clickNode(COUP_PLOT);
        browser.waitUntil("the plot's details", () -> detailsName().startsWith("Alleged plot to overthrow"));
        browser.waitUntil("#hidden-count says 3", () -> hiddenCount() == 3);
        click("#expand");
        browser.waitIdle();

        browser.waitUntil("the plot's hidden neighbours on the canvas", () -> nodeIds().containsAll(hidden));
        assertEquals(before + hidden.size(), nodeIds().size());
        browser.waitUntil("#hidden-count says none are hidden", () -> hiddenCount() == 0);
        assertFalse(displayed("#show-more"), "nothing more to show");
    }

    @Test
    void double_clicking_a_node_expands_it() {
        browser.open("/?focus=" + BASHIRLI);
        var letter = "bashirli-letter-to-aliyev";
        var hidden = difference(neighboursOf(letter), nodeIds());
        assertEquals(Set.of("ilham-aliyev", "israfilov-letter", "rahder-2012-azerbaijan-blackmail-video"), hidden);

        doubleClickNode(letter);
        browser.waitIdle();

        browser.waitUntil("the letter's neighbours on the canvas", () -> nodeIds().containsAll(hidden));
    }

    @Test
    void enter_on_the_selected_node_expands_it() {
        browser.open("/?focus=" + BASHIRLI);
        var hidden = difference(neighboursOf(COUP_PLOT), nodeIds());
        assertFalse(hidden.isEmpty());

        clickNode(COUP_PLOT);
        browser.waitUntil("the plot selected", () -> selectedIds().equals(List.of(COUP_PLOT)));
        browser.actions().sendKeys(Keys.ENTER).perform();
        browser.waitIdle();

        browser.waitUntil("the plot's neighbours on the canvas", () -> nodeIds().containsAll(hidden));
    }

    @Test
    void an_entity_with_more_than_25_neighbours_shows_them_25_at_a_time() {
        var hub = "zz-hub";
        addFixture(hub, 30);
        try {
            browser.open("/?focus=" + hub);
            browser.waitUntil("the hub and its first 25 neighbours", () -> nodeIds().size() == 26);
            browser.waitUntil("#hidden-count says 5", () -> hiddenCount() == 5);
            browser.visible("#show-more");
            click("#show-more");
            browser.waitIdle();
            browser.waitUntil("all 30 neighbours", () -> nodeIds().size() == 31);
            browser.waitUntil("#show-more gone once none are hidden", () -> !displayed("#show-more"));
        } finally {
            removeFixture(hub);
        }
    }

    @Test
    void with_the_keyboard_alone_tab_reaches_search_enter_opens_an_entity_and_the_list_view_toggles() {
        browser.open("/");
        tabTo("search-input", 20);
        browser.actions().sendKeys("Bash").perform();
        browser.waitUntil("suggestions", () -> !optionIds("search-suggestions").isEmpty());
        browser.actions().sendKeys(Keys.ESCAPE).perform();
        browser.waitUntil("Escape closes the suggestions", () -> suggestionsClosed("search-suggestions"));
        assertEquals("search-input", browser.focusedId());

        // Typed and entered at once, before any suggestion shows: the best match opens.
        browser.actions().keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("Israfilov", Keys.ENTER).perform();
        browser.waitIdle();
        browser.waitUntil("Israfilov opened", () -> "Elnur Israfilov".equals(detailsName()) && onCanvas("elnur-israfilov"));

        tabTo("list-view-toggle", 200);
        browser.actions().sendKeys(Keys.ENTER).perform();
        browser.waitUntil("the list view shown", () -> displayed("#list-view"));
        var list = browser.find("#list-view").getText().toLowerCase(Locale.ROOT);
        for (var name : List.of("Elnur Israfilov", "Mammad Ibrahimli", "Eynullah Fatullayev")) {
            assertTrue(list.contains(name.toLowerCase(Locale.ROOT)), name + " in the list view");
        }
        assertTrue(list.contains("alleged"), "edge rows carry their status");
        assertTrue(list.contains("azerbaijan: blackmail video made public"), "and their source");
        if (!"list-view-toggle".equals(browser.focusedId())) tabBackTo("list-view-toggle", 200);
        browser.actions().sendKeys(Keys.ENTER).perform();
        browser.waitUntil("the list view hidden again", () -> !displayed("#list-view"));
    }
}
