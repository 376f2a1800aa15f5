package org.tracegraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.tracegraph.support.BrowserTest;
import org.tracegraph.support.TestServer;

/** An editor adds a person and their link, with its evidence, through the explorer as a person would. */
class CurationBrowserTest extends BrowserTest {

    @AfterAll
    static void cleanUp() {
        Fixtures.removeAll();
    }


    @Test
    void an_editor_signs_in_creates_a_person_links_them_with_a_quote_and_a_source_and_sees_it_in_the_history() {
        var editor = TestServer.editor();
        var paperWord = Fixtures.word();
        var sourceWord = Fixtures.word();
        var personWord = Fixtures.word();
        var paper = Fixtures.create(editor, Map.of("id", Fixtures.uniqueId("paper"), "type", "Organisation",
                "name", "Gazette " + paperWord, "kind", "newspaper")).get("id").asText();
        var source = Fixtures.source(editor, "Interview " + sourceWord);

        browser.open("/?focus=" + paper);
        browser.waitIdle();
        click("#editor-toggle");
        browser.visible("#editor-token").sendKeys(TestServer.EDITOR_TOKEN);
        browser.find("#editor-name").sendKeys("Browser Editor");
        click("#editor-login-submit");
        browser.waitUntil("signed in", () -> "true".equals(browser.js("return document.documentElement.dataset.editor")));
        assertEquals(TestServer.EDITOR_TOKEN, browser.js("return sessionStorage.getItem('tracegraph.editor.token')"));

        click("#new-entity");
        browser.visible("#entity-name").sendKeys("Reporter " + personWord);
        var wanted = Fixtures.uniqueId("reporter");
        browser.find("#entity-id").sendKeys(wanted);
        click("#entity-submit");
        browser.waitIdle();
        browser.waitUntil("the new person on the canvas, selected", () -> Boolean.TRUE.equals(browser.js(
                "return window.cy.nodes(':selected').some(n => n.data('name') === arguments[0])", "Reporter " + personWord)));
        var person = (String) browser.js("return window.cy.nodes(':selected')[0].id()");
        assertEquals(wanted, person);

        browser.visible("#add-relationship").click();
        new Select(browser.visible("#relationship-type")).selectByValue("WORKS_FOR");
        pick("#relationship-other", paperWord, paper);
        pick("#relationship-sourceIds", sourceWord, source);
        browser.waitUntil("the source chosen", () -> !browser.findAll("#relationship-sources .chosen-source[data-id='" + source + "']").isEmpty());
        browser.find("#relationship-quote").sendKeys("our reporter in Baku");

        // Without a status the API refuses, naming the field: the form shows why, under that field.
        expectedConsoleErrors.add(Pattern.compile("/api/relationships .*400"));
        click("#relationship-submit");
        browser.waitUntil("the status error under the status", () -> browser.find("#relationship-status-error").isDisplayed());
        assertTrue(browser.find("#relationship-status-error").getText().contains("status"));
        assertEquals("true", browser.find("#relationship-status").getAttribute("aria-invalid"));

        new Select(browser.find("#relationship-status")).selectByValue("reported");
        click("#relationship-submit");
        browser.waitIdle();
        var edgeId = person + "-works-for-" + paper;
        browser.waitUntil("the new edge on the canvas", () -> Boolean.TRUE.equals(browser.js(
                "return window.cy.getElementById(arguments[0]).nonempty()", edgeId)));
        assertEquals("our reporter in Baku", browser.js("return window.cy.getElementById(arguments[0]).data('quote')", edgeId));
        browser.waitUntil("the link in the history of the person", () -> !browser.findAll(
                "#entity-history .change[data-kind='relationship'][data-action='create']").isEmpty());
        assertTrue(browser.find("#entity-history").getText().contains("Browser Editor"), browser.find("#entity-history").getText());
        assertEquals(1, browser.findAll("#details .relationship[data-edge-id='" + edgeId + "']").size());
    }

    private void click(String css) {
        browser.visible(css).click();
    }

    /** Types into a picker and clicks the suggestion for {@code id}. */
    private void pick(String input, String text, String id) {
        browser.visible(input).sendKeys(text);
        var option = input + "-suggestions [role='option'][data-id='" + id + "']";
        browser.waitUntil("the suggestion " + id, () -> !browser.findAll(option).isEmpty() && browser.find(option).isDisplayed());
        browser.find(option).click();
    }
}
