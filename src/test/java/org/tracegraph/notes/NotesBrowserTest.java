package org.tracegraph.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tracegraph.support.BrowserTest;
import org.tracegraph.support.TestServer;

/** An editor leaves a note on an entity in the explorer and sees it, with its author; a reader sees no note. */
class NotesBrowserTest extends BrowserTest {
    private static final NoteFixtures NOTES = new NoteFixtures();

    @AfterAll
    static void removeNotes() {
        NOTES.deleteAll();
    }

    @Test
    void an_editor_adds_a_note_in_the_details_panel_and_sees_it_while_a_reader_sees_no_note() {
        var marker = "Ask RFE/RL again " + Long.toString(System.nanoTime(), 36);
        browser.open("/");
        browser.waitIdle();
        browser.visible("#editor-toggle").click();
        browser.visible("#editor-token").sendKeys(TestServer.EDITOR_TOKEN);
        browser.find("#editor-name").sendKeys("Note Taker");
        browser.visible("#editor-login-submit").click();
        browser.waitUntil("signed in", () -> "true".equals(browser.js("return document.documentElement.dataset.editor")));

        browser.open("/?focus=ndi");
        browser.waitUntil("the notes of NDI", () -> !browser.findAll("#entity-notes .notes-list li").isEmpty());
        browser.visible("#entity-note-text").sendKeys(marker);
        browser.visible("#entity-note-add").click();
        browser.waitUntil("the note in the list", () -> browser.find("#entity-notes").getText().contains(marker));
        var item = browser.find("#entity-notes .note");
        assertTrue(item.getText().contains("Note Taker (says; editor token)"), item.getText());
        assertTrue(item.getText().matches("(?s).*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d.*"), "its time: " + item.getText());
        var id = item.getAttribute("data-note-id");
        NOTES.remember(id);
        var stored = TestServer.editor().get("/api/notes/" + id).json();
        assertEquals(marker, stored.get("text").asText());
        assertEquals("ndi", stored.get("entity").asText());
        browser.waitUntil("the note in the history", () -> browser.find("#entity-history").getText().contains("created a note"));

        // a reader (signed out, same browser) opens the same entity: no notes section, no note anywhere
        browser.js("sessionStorage.clear()");
        browser.open("/?focus=ndi");
        browser.waitIdle();
        browser.waitUntil("NDI's details", () -> browser.find("#details").getText().contains("National Democratic Institute"));
        assertEquals("false", browser.js("return document.documentElement.dataset.editor"));
        assertTrue(browser.findAll("#entity-notes").isEmpty());
        assertFalse((Boolean) browser.js("return document.body.innerText.includes(arguments[0])", marker));
        assertFalse((Boolean) browser.js("return JSON.stringify(window.cy.json()).includes(arguments[0])", marker));
        // and the API refuses the reader's browser the notes
        expectedConsoleErrors.add(java.util.regex.Pattern.compile("/api/notes.*401"));
        assertEquals(401L, browser.jsAsync("fetch('/api/notes?entity=ndi').then(r => arguments[arguments.length - 1](r.status))"));
    }
}
