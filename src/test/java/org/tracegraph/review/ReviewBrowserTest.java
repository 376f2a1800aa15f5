package org.tracegraph.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.tracegraph.support.BrowserTest;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * An editor works through the review panel with the keyboard: a small text document is ingested, the panel
 * shows its proposed links in their sentences (the names marked), the editor accepts one with the type and
 * status chosen from the vocabulary (nothing preselected), rejects another, and the graph and the queue say so.
 */
class ReviewBrowserTest extends BrowserTest {
    private static final String PREFIX = "zz-panel-";
    private static final String WORD = Long.toString(System.nanoTime(), 36);

    @AfterAll
    static void cleanUp() {
        TestServer.server().database().writeTransaction(tx -> {
            tx.run("MATCH (r:ReviewItem) WHERE r.sourceId STARTS WITH $p DELETE r", Map.of("p", PREFIX)).consume();
            tx.run("MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n", Map.of("p", PREFIX)).consume();
            tx.run("MATCH (c:Change) WHERE any(id IN c.entityIds WHERE id STARTS WITH $p) OR c.targetId STARTS WITH $p"
                    + " OR (c.kind = 'review' AND (c.after CONTAINS $p OR c.before CONTAINS $p)) DELETE c",
                    Map.of("p", PREFIX)).consume();
            return null;
        });
    }

    @Test
    void an_editor_accepts_one_proposed_link_with_a_chosen_type_and_status_and_rejects_another_with_the_keyboard() {
        var editor = TestServer.editor();
        var ids = new ArrayList<String>();
        for (var who : List.of("alpha", "beta", "gamma")) {
            var made = editor.post("/api/entities", "{\"type\": \"Person\", \"name\": \"Zz Panel " + who + " " + WORD + "\"}");
            assertEquals(201, made.status(), made::toString);
            ids.add(made.json().get("id").asText());
        }
        var text = "Zz Panel alpha %s worked with Zz Panel beta %s for years. Zz Panel beta %s later met Zz Panel gamma %s."
                .formatted(WORD, WORD, WORD, WORD);
        var ingested = editor.postBytes("/api/documents?name=panel.txt&title=" + Http.encode("zz panel memo " + WORD),
                "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, ingested.status(), ingested::toString);
        var source = ingested.json().get("source").get("id").asText();
        var links = editor.get("/api/review?kind=link&source=" + source).json().get("items");
        assertEquals(2, links.size(), links::toString);
        var accepted = links.get(0).get("id").asText(); // alpha and beta, the first sentence
        var rejected = links.get(1).get("id").asText(); // beta and gamma
        assertEquals(Set.of(ids.get(0), ids.get(1)), Set.of(links.get(0).get("from").get("id").asText(),
                links.get(0).get("to").get("id").asText()));

        browser.open("/");
        browser.waitIdle();
        browser.visible("#editor-toggle").click();
        browser.visible("#editor-token").sendKeys(TestServer.EDITOR_TOKEN);
        browser.find("#editor-name").sendKeys("Panel Reviewer");
        browser.visible("#editor-login-submit").click();
        browser.waitUntil("signed in", () -> "true".equals(browser.js("return document.documentElement.dataset.editor")));
        browser.visible("#review-toggle").click();
        browser.waitUntil("the proposed links", () -> !browser.findAll(row(accepted)).isEmpty()
                && !browser.findAll(row(rejected)).isEmpty());

        // the sentence, with the two names marked, and nothing chosen for the editor
        var first = browser.find(row(accepted));
        assertTrue(first.getText().contains("Zz Panel alpha " + WORD + " worked with"), first.getText());
        var marks = browser.findAll(row(accepted) + " mark.review-name");
        assertEquals(List.of(ids.get(0), ids.get(1)), marks.stream().map(m -> m.getAttribute("data-entity-id")).toList());
        assertEquals("", new Select(browser.find(row(accepted) + " .review-type")).getFirstSelectedOption().getAttribute("value"));
        assertEquals("", new Select(browser.find(row(accepted) + " .review-status")).getFirstSelectedOption().getAttribute("value"));

        // j moves to the first link of the document; without a type, a is refused in words
        moveTo(accepted);
        browser.actions().sendKeys("a").perform();
        browser.waitUntil("why it cannot be accepted", () -> browser.find(row(accepted) + " .review-error").isDisplayed());
        assertEquals(null, browser.find(row(accepted)).getAttribute("data-state"));
        new Select(browser.find(row(accepted) + " .review-type")).selectByValue("FRIEND_OF");
        new Select(browser.find(row(accepted) + " .review-status")).selectByValue("confirmed");
        browser.find(row(accepted) + " .review-status").sendKeys(Keys.ESCAPE);
        browser.waitUntil("back on the candidate", () -> browser.find(row(accepted)).equals(browser.driver().switchTo().activeElement()));
        browser.actions().sendKeys("a").perform();
        browser.waitUntil("accepted", () -> "accepted".equals(browser.find(row(accepted)).getAttribute("data-state")));

        moveTo(rejected);
        browser.actions().sendKeys("r").perform();
        browser.waitUntil("rejected", () -> "rejected".equals(browser.find(row(rejected)).getAttribute("data-state")));

        // the graph: one relationship, as chosen, quoting the first sentence verbatim; none between beta and gamma
        var item = editor.get("/api/review/" + accepted).json();
        assertEquals("accepted", item.get("state").asText());
        var edge = editor.get("/api/relationships/" + item.get("result").asText()).json();
        assertEquals("FRIEND_OF", edge.get("type").asText());
        assertEquals("confirmed", edge.get("status").asText());
        assertEquals("Zz Panel alpha " + WORD + " worked with Zz Panel beta " + WORD + " for years.", edge.get("quote").asText());
        assertTrue(edge.get("quoteVerified").asBoolean());
        assertEquals("rejected", editor.get("/api/review/" + rejected).json().get("state").asText());
        var gamma = editor.get("/api/entities/" + ids.get(2)).json();
        assertEquals(0, gamma.get("relationships").size(), gamma::toString);
        var changes = editor.get("/api/changes?entity=" + ids.get(0)).json().get("changes");
        var decisions = new ArrayList<String>();
        changes.forEach(c -> { if (c.get("action").asText().equals("accept")) decisions.add(c.get("editorClaim").asText()); });
        assertEquals(List.of("Panel Reviewer"), decisions, "the history says who accepted it: " + changes);

        // the queue: neither is open any more, on the server or in the panel once reloaded
        assertEquals(0, editor.get("/api/review?kind=link&source=" + source).json().get("items").size());
        browser.find("#review-kinds [data-kind=entity]").click();
        browser.find("#review-kinds [data-kind=link]").click();
        browser.waitUntil("the panel reloaded", () -> browser.findAll(row(accepted)).isEmpty() && browser.findAll(row(rejected)).isEmpty());
        // and the accepted link is drawn on the canvas
        browser.waitUntil("the link on the canvas", () -> (Boolean) browser.js(
                "return window.cy.getElementById(arguments[0]).nonempty()", item.get("result").asText()));
        assertFalse((Boolean) browser.js("return window.cy.edges().some(e => e.data('type') === 'FRIEND_OF'"
                + " && [e.data('source'), e.data('target')].includes(arguments[0]) && [e.data('source'), e.data('target')].includes(arguments[1]))",
                ids.get(1), ids.get(2)));
    }

    private static String row(String id) {
        return "#review-items .review-item[data-id='" + id + "']";
    }

    /** Presses j, then k, until the candidate {@code id} is the current one. */
    private static void moveTo(String id) {
        for (var key : List.of("j", "k")) {
            for (int i = 0; i < 200 && !current(id); i++) {
                var before = browser.js("return document.querySelector('#review-items .review-item.current')?.dataset.id");
                browser.actions().sendKeys(key).perform();
                var after = browser.js("return document.querySelector('#review-items .review-item.current')?.dataset.id");
                if (java.util.Objects.equals(before, after)) break; // the end of the list
            }
        }
        assertTrue(current(id), "the candidate " + id + " is current");
    }

    private static boolean current(String id) {
        return id.equals(browser.js("return document.querySelector('#review-items .review-item.current')?.dataset.id"));
    }
}
