package org.tracegraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.tracegraph.support.BrowserTest;
import org.tracegraph.support.TestServer;

/**
 * The next article, as a researcher brings it in: pasted into the explorer, its known entities marked and put
 * on the canvas, the article recorded as a source, and a link recorded with its sentence as the quote.
 */
class ArticleBrowserTest extends BrowserTest {

    @AfterAll
    static void cleanUp() {
        Fixtures.removeAll();
    }


    @Test
    void a_pasted_article_shows_its_known_entities_and_an_editor_links_two_with_the_sentence_as_quote() {
        var editor = TestServer.editor();
        var alpha = "Alpha " + Fixtures.word();
        var beta = "Beta " + Fixtures.word();
        var a = Fixtures.create(editor, Map.of("id", Fixtures.uniqueId("alpha"), "type", "Person", "name", alpha)).get("id").asText();
        var b = Fixtures.create(editor, Map.of("id", Fixtures.uniqueId("beta"), "type", "Person", "name", beta)).get("id").asText();
        // "Mr." ends no sentence: the quote is the whole sentence, as the server's segmenter finds it
        var sentence = "Yesterday Mr. " + alpha.toUpperCase() + " met " + beta + " in Baku, he reportedly said.";
        var text = sentence + " Later Khadija Ismayilova wrote about it <img src=x onerror=alert(1)>.";

        browser.open("/");
        browser.waitIdle();
        browser.visible("#editor-toggle").click();
        browser.visible("#editor-token").sendKeys(TestServer.EDITOR_TOKEN);
        browser.visible("#editor-login-submit").click();
        browser.waitUntil("signed in", () -> "true".equals(browser.js("return document.documentElement.dataset.editor")));

        browser.visible("#mentions-toggle").click();
        browser.visible("#mentions-text").sendKeys(text);
        browser.visible("#mentions-find").click();
        browser.waitUntil("the mentions", () -> !browser.findAll("#mentions-summary").isEmpty());
        assertEquals("4 mentions of 4 known entities.", browser.find("#mentions-summary").getText());
        assertEquals(alpha.toUpperCase(), browser.find("mark.mention[data-entity-id='" + a + "']").getText());
        assertEquals(1, browser.findAll("mark.mention[data-entity-id='khadija-ismayilova']").size());
        assertEquals("Baku", browser.find("mark.mention[data-entity-id='baku']").getText());
        assertTrue(browser.find("#mentions-highlighted").getText().contains("<img src=x onerror=alert(1)>"),
                "markup in the text is shown as text");

        browser.visible("#mentions-add").click();
        browser.waitIdle();
        browser.waitUntil("the three on the canvas", () -> Boolean.TRUE.equals(browser.js(
                "return [arguments[0], arguments[1], 'khadija-ismayilova'].every(id => window.cy.getElementById(id).nonempty())", a, b)));

        var title = "zz cur article " + Fixtures.word();
        browser.visible("#mentions-source-title").sendKeys(title);
        browser.find("#mentions-source-publisher").sendKeys("The Test Gazette");
        browser.visible("#mentions-source-save").click();
        browser.waitUntil("the source recorded", () -> browser.find("#mentions-source-id").getText().startsWith("Recorded as zz-cur-article"));

        var row = "#mentions-links .mention-link[data-index='0']";
        assertEquals(sentence, browser.find(row + " blockquote").getText());
        browser.waitUntil("the vocabulary in the row", () -> !browser.findAll(row + " .link-type option[value='FRIEND_OF']").isEmpty());
        // nothing chosen for the editor: no type, no status, no claimant, and Link waits for both choices
        assertEquals("", new Select(browser.find(row + " .link-type")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("", new Select(browser.find(row + " .link-status")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("", new Select(browser.find(row + " .link-claimant")).getFirstSelectedOption().getAttribute("value"));
        assertTrue(browser.find(row + " .link-cues").getText().contains("reportedly (attribution: suggests reported"),
                browser.find(row).getText());
        assertEquals("true", browser.find(row + " .link-save").getAttribute("disabled"));
        new Select(browser.find(row + " .link-type")).selectByValue("FRIEND_OF");
        assertEquals("true", browser.find(row + " .link-save").getAttribute("disabled"), "a type alone is not enough");
        new Select(browser.find(row + " .link-status")).selectByValue("alleged");
        browser.waitUntil("Link enabled once both are chosen", () -> browser.find(row + " .link-save").getAttribute("disabled") == null);
        assertEquals(a, new Select(browser.find(row + " .link-from")).getFirstSelectedOption().getAttribute("value"));
        assertEquals(b, new Select(browser.find(row + " .link-to")).getFirstSelectedOption().getAttribute("value"));
        browser.find(row + " .link-save").click();
        browser.waitUntil("linked", () -> "true".equals(browser.find(row).getAttribute("data-linked")));
        var edgeId = browser.find(row).getAttribute("data-relationship-id");
        browser.waitUntil("the link on the canvas", () -> Boolean.TRUE.equals(browser.js(
                "return window.cy.getElementById(arguments[0]).nonempty()", edgeId)));

        var stored = http.get("/api/relationships/" + edgeId).json();
        assertEquals(sentence, stored.get("quote").asText(), "the quote is the sentence, verbatim");
        assertEquals("alleged", stored.get("status").asText(), "the status the editor chose, not the cue's");
        assertTrue(stored.path("claimedBy").isMissingNode() || stored.get("claimedBy").isNull(), stored::toString);
        assertTrue(stored.toString().contains("zz-cur-article"), stored::toString);
        assertTrue(stored.get("quoteVerified").asBoolean(), "the quote is checked against the held text: " + stored);
        var sourceId = browser.find("#mentions-source-id").getText().replace("Recorded as ", "").replace(".", "");
        assertEquals(text, http.get("/api/sources/" + sourceId + "/text").body(), "the pasted text is the source's held text");
        // the evidence panel says the quote was checked
        browser.js("window.cy.getElementById(arguments[0]).emit('tap')", edgeId);
        browser.waitUntil("the evidence panel", () -> !browser.findAll("#details .quote-check.verified").isEmpty());
        assertTrue(browser.dialogs().isEmpty(), "nothing in the pasted text ran");
    }
}
