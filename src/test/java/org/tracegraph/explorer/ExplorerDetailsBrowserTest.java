package org.tracegraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * What the panels show of an entity: each relationship with its evidence, and a name always as text.
 */
class ExplorerDetailsBrowserTest extends ExplorerBrowserSupport {
    @Test
    void the_details_panel_shows_each_relationship_of_bashirli_with_its_status_badge_quote_source_and_claimant() {
        browser.open("/?focus=" + BASHIRLI);
        assertEquals("Ruslan Bashirli", detailsName());
        var entity = http.get("/api/entities/" + BASHIRLI).json();
        var expected = new LinkedHashMap<String, JsonNode>();
        entity.get("relationships").forEach(r -> expected.put(r.get("id").asText(), r));

        var shown = relationshipsShown("#details");
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(shown.keySet()),
                "one .relationship per relationship of his");
        for (var e : expected.entrySet()) {
            var api = e.getValue();
            var row = shown.get(e.getKey());
            var status = api.get("status").asText();
            assertTrue(row.get("badgeClass").contains("status-" + status), e.getKey() + ": badge " + row);
            assertEquals(status, row.get("badge").toLowerCase(), e.getKey() + ": badge text");
            if (api.hasNonNull("quote")) {
                assertTrue(squash(row.get("quote")).contains(squash(api.get("quote").asText())), e.getKey() + ": quote " + row);
            }
            var title = api.get("sources").get(0).get("title").asText();
            assertTrue(row.get("source").contains(title), e.getKey() + ": source " + row);
            if (api.hasNonNull("claimedByName")) {
                assertTrue(row.get("claimedBy").contains(api.get("claimedByName").asText()), e.getKey() + ": claimant " + row);
            }
        }
        var ndi = shown.get("ruslan-bashirli-affiliated-with-ndi");
        assertEquals("alleged", ndi.get("badge").toLowerCase());
        assertTrue(ndi.get("quote").contains("National Democratic Institute"));
        assertTrue(ndi.get("source").contains("Azerbaijan: Blackmail Video Made Public"));
        assertTrue(browser.find("#details .relationship[data-edge-id='ruslan-bashirli-affiliated-with-ndi']").isDisplayed());
    }

    @Test
    void an_entity_named_like_html_is_shown_as_text_in_suggestions_details_and_list_and_runs_nothing() {
        addXssEntity();
        try {
            var found = http.get("/api/search?q=" + Http.encode(XSS_NAME)).json().get("results");
            assertTrue(found.size() > 0 && found.get(0).get("id").asText().equals("zz-xss-test"), found::toString);
            browser.open("/");
            var box = browser.find("#search-input");
            box.click();
            box.sendKeys(XSS_NAME);
            browser.waitUntil("the entity among the suggestions", () -> optionIds("search-suggestions").contains("zz-xss-test"));
            var option = browser.find("#search-suggestions [role=option][data-id='zz-xss-test']");
            assertTrue(option.getText().contains(XSS_NAME), "the name as text in the suggestion: " + option.getText());
            assertNoImageFromData();

            pickWithArrows(box, "search-suggestions", "zz-xss-test");
            browser.waitIdle();
            browser.waitUntil("its details", () -> XSS_NAME.equals(detailsName()));
            assertNoImageFromData();

            click("#list-view-toggle");
            browser.waitUntil("the list view", () -> displayed("#list-view"));
            assertTrue(browser.find("#list-view").getText().contains(XSS_NAME), "the name as text in the list view");
            assertNoImageFromData();
            assertEquals(List.of(), browser.dialogs(), "no alert");
        } finally {
            TestServer.server().database().writeTransaction(tx -> tx.run(
                    "MATCH (n:Entity {id: 'zz-xss-test'}) DETACH DELETE n").consume());
        }
    }
}
