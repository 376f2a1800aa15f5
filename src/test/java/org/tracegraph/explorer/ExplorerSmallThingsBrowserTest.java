package org.tracegraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The small things that cost investigators time (issue 21, item 5): the trace pickers never write over what
 * the user is typing and a new pair clears the old trace; a path's evidence in words; a hop's role on its own
 * line; "per" a document; the skip link to the canvas and filter groups as one Tab stop each; the story's
 * people as ways in.
 */
class ExplorerSmallThingsBrowserTest extends ExplorerBrowserSupport {

    @Test
    void typing_in_to_while_a_trace_runs_keeps_what_was_typed_and_a_new_pair_clears_the_old_trace() {
        browser.open("/?path=elnur-israfilov,eynullah-fatullayev");
        browser.waitUntil("paths in #path-results", () -> !browser.findAll("#path-results .path").isEmpty());
        browser.waitIdle();
        var oldOnly = new HashSet<>(nodeIds());

        // Picking a new From traces at once (To is still chosen); meanwhile the user retypes To.
        var from = browser.find("#path-from-input");
        from.click();
        from.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Bashirli");
        browser.waitUntil("Bashirli among the suggestions", () -> optionIds("path-from-suggestions").contains(BASHIRLI));
        pickWithArrows(from, "path-from-suggestions", BASHIRLI);
        var to = browser.find("#path-to-input");
        to.click();
        to.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        for (var letter : List.of("N", "D", "I")) to.sendKeys(letter);
        browser.waitIdle();
        assertEquals("NDI", to.getAttribute("value"), "the trace's answer did not write over the To field");
        browser.waitUntil("NDI among the suggestions", () -> optionIds("path-to-suggestions").contains("ndi"));
        pickWithArrows(to, "path-to-suggestions", "ndi");
        browser.waitIdle();
        browser.waitUntil("the new pair's paths", () -> browser.pathAndQuery().contains("path=" + BASHIRLI + ",ndi"));

        // What only the old trace brought has left the canvas; the new paths are all there.
        var api = http.get("/api/paths?from=" + BASHIRLI + "&to=ndi&maxHops=4&limit=8").json().get("paths");
        var expected = new HashSet<String>();
        api.forEach(p -> p.get("nodes").forEach(n -> expected.add(n.get("id").asText())));
        var now = new HashSet<>(nodeIds());
        assertTrue(now.containsAll(expected), "every node of the new paths is drawn");
        oldOnly.removeAll(expected);
        oldOnly.retainAll(now);
        assertEquals(new HashSet<String>(), oldOnly, "nodes only the old trace brought are gone");
    }

    @Test
    void a_path_says_its_evidence_in_words_the_role_on_its_own_line_and_per_which_document() {
        browser.open("/?path=" + BASHIRLI + ",ndi");
        browser.waitUntil("paths in #path-results", () -> !browser.findAll("#path-results .path").isEmpty());
        browser.waitIdle();
        String strength = String.valueOf(browser.js("return document.querySelector('#path-results .path .path-strength')?.textContent ?? ''"));
        assertFalse(strength.contains("avg."), strength);
        assertTrue(strength.matches(".*as strong as (confirmed|reported|alleged|disputed|rumour|denied).*"), strength);
        String role = String.valueOf(browser.js("return document.querySelector('#path-results .path.selected .hop .hop-role')?.textContent ?? ''"));
        assertEquals("Role: working with (his own boast)", role.trim());

        // a claim the article attributes to a document (the footage), not to a person
        browser.open("/?path=" + BASHIRLI + ",bashirli-associates");
        browser.waitUntil("paths in #path-results", () -> !browser.findAll("#path-results .path").isEmpty());
        browser.waitIdle();
        String claim = String.valueOf(browser.js("return document.querySelector('#path-results .path.selected .hop .claimed-by')?.textContent ?? ''"));
        assertTrue(claim.startsWith("Per Video footage used against Bashirli"), claim);
    }

    @Test
    void the_skip_link_reaches_the_canvas_and_each_filter_group_is_one_tab_stop() {
        browser.open("/?focus=" + BASHIRLI);
        browser.waitIdle();
        browser.js("document.activeElement?.blur(); window.focus()");
        browser.actions().sendKeys(Keys.TAB).perform();
        browser.actions().sendKeys(Keys.TAB).perform();
        assertEquals("Skip to the canvas", browser.js("return document.activeElement.textContent"));
        browser.actions().sendKeys(Keys.ENTER).perform();
        browser.waitUntil("the canvas focused", () -> "cy".equals(browser.focusedId()));

        var types = browser.find("input[name='type'][value='Person']");
        browser.js("arguments[0].focus()", types);
        browser.actions().sendKeys(Keys.TAB).perform();
        assertEquals("status", browser.js("return document.activeElement.name"), "one Tab leaves the types for the statuses");
        assertEquals("confirmed", browser.js("return document.activeElement.value"));
        browser.actions().sendKeys(Keys.ARROW_DOWN).perform();
        assertEquals("reported", browser.js("return document.activeElement.value"), "arrows move inside a group");
        browser.actions().sendKeys(Keys.SPACE).perform();
        browser.waitUntil("reported unticked", () -> browser.pathAndQuery().contains("statuses=")
                && !browser.pathAndQuery().contains("reported"));
    }

    @Test
    void the_start_cards_lead_with_the_storys_people() {
        browser.open("/");
        browser.waitIdle();
        browser.waitUntil("people among the start cards", () -> !browser.findAll("#starters .starter-person").isEmpty());
        var people = strings(browser.js("return [...document.querySelectorAll('#starters .starter-person')].map(b => b.dataset.id)"));
        assertTrue(people.containsAll(List.of(BASHIRLI, "khadija-ismayilova", "mammad-ibrahimli")), people.toString());
        assertEquals("starter starter-person", browser.js("return document.querySelector('#starters .starter').className"));
    }
}
