package org.tracegraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.tracegraph.support.BrowserTest;

/**
 * The explorer's Cypher console as a person uses it, in headless Chromium against the seed graph: typed into
 * with the keyboard, clicked with the mouse; the DOM and {@code window.cy} are read to see what is on screen.
 * The ids are the ones web/README.md promises for the console.
 *
 * <p>No console errors and no dialogs after each test, with one exception a test must declare: Chromium logs
 * every HTTP error answer to a fetch as a SEVERE "Failed to load resource" entry, so a test that provokes a
 * 400 or 403 on purpose names that one request and status; anything else logged fails it.
 */
class ConsoleBrowserTest extends BrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PEOPLE_AND_ORGANISATIONS = "MATCH (p:Person)-[r]-(o:Organisation) RETURN p, r, o LIMIT 5";
    private static final String XSS = "<img src=x onerror=alert(1)>";

    // ---- running a query

    @Test
    void c_opens_the_console_ctrl_enter_runs_the_query_into_a_table_and_graph_puts_its_nodes_on_the_canvas() {
        browser.open("/");
        assertFalse(displayed("#console"), "the console starts closed");
        browser.actions().sendKeys("c").perform();
        browser.visible("#cypher-editor");
        browser.waitIdle();
        assertEquals("cypher-editor", browser.focusedId(), "the editor has the focus once the console opens");
        assertEquals("true", browser.find("#console-toggle").getAttribute("aria-expanded"));

        type(PEOPLE_AND_ORGANISATIONS);
        runWithCtrlEnter();

        assertEquals(List.of("p", "r", "o"), columns(), "a column per returned value");
        browser.waitUntil("5 rows", () -> rowCount() == 5);
        assertTrue(text("#cypher-summary").contains("5 rows"), "the summary: " + text("#cypher-summary"));
        var nodeIds = new TreeSet<>(strings(browser.js(
                "return [...document.querySelectorAll('#cypher-table td[data-kind=node]')].map(td => td.dataset.nodeId)")));
        var relationshipIds = new TreeSet<>(strings(browser.js(
                "return [...document.querySelectorAll('#cypher-table td[data-kind=relationship]')].map(td => td.dataset.relationshipId)")));
        assertFalse(nodeIds.isEmpty());
        assertEquals(5, relationshipIds.size(), "a relationship per row");
        // Node cells show names, not JSON.
        var firstCell = text("#cypher-table tbody tr:first-child td[data-kind=node]");
        assertFalse(firstCell.contains("{"), firstCell);
        assertTrue(text("#cypher-table tbody tr:first-child td[data-kind=relationship]").startsWith(":"));
        assertTrue(nodeIdsOnCanvas().isEmpty(), "the table alone draws nothing");

        click("#cypher-tab-graph");
        browser.waitIdle();

        browser.waitUntil("the result's nodes on the canvas", () -> nodeIdsOnCanvas().containsAll(nodeIds));
        assertEquals(nodeIds, new TreeSet<>(nodeIdsOnCanvas()), "the canvas was empty: now exactly the result's nodes");
        for (var id : relationshipIds) assertTrue(onCanvas(id), "relationship " + id + " on the canvas");
        assertEquals(nodeIds.size() + relationshipIds.size(), ((Number) browser.js(
                "return window.cy.elements('.query-result').length")).intValue(), "what came in is highlighted");
        assertTrue(text("#cypher-graph-status").contains("highlighted"), text("#cypher-graph-status"));
        assertEquals(true, browser.js("return window.cy.nodes().every(n => Number.isInteger(n.data('degree')))"),
                "each node knows its degree (its size, and how many neighbours are not shown), as expanded ones do");
        assertEquals(List.of(), browser.console().stream().map(e -> e.getMessage())
                .filter(m -> m.contains("Do not assign mappings")).toList(), "Cytoscape warnings about missing data");
        var query = browser.pathAndQuery();
        assertTrue(query.contains("console=1"), query);
        assertTrue(query.contains("q=MATCH"), query);
        // the tabs say what each shows
        assertEquals("Table · rows", text("#cypher-tab-table"));
        assertEquals("Graph · on the canvas", text("#cypher-tab-graph"));
    }

    @Test
    void on_a_phone_the_result_table_wraps_between_words_never_inside_a_short_one() {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.open("/?console=1");
            browser.visible("#cypher-editor");
            type("MATCH (p:Person)-[r]-(o:Organisation) RETURN p.name AS person, p.description AS about, type(r) AS link,"
                    + " o.name AS organisation LIMIT 5");
            runWithCtrlEnter();
            browser.waitUntil("5 rows", () -> rowCount() == 5);
            @SuppressWarnings("unchecked")
            var split = (List<String>) browser.js("""
                    const broken = [];
                    let wrapped = 0;
                    for (const td of document.querySelectorAll('#cypher-table td')) {
                      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
                      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                        // a word of its own (a hyphen is a place to break, as in print)
                        for (const m of t.data.matchAll(/[^\\s\\-]+/g)) {
                          const r = document.createRange();
                          r.setStart(t, m.index); r.setEnd(t, m.index + m[0].length);
                          const lines = new Set([...r.getClientRects()].map(b => Math.round(b.top))).size;
                          if (m[0].length <= 20 && lines > 1) broken.push(m[0]);
                        }
                      }
                      if (td.getClientRects()[0]?.height > 30) wrapped++;
                    }
                    return wrapped ? broken : ['no cell wrapped: nothing was tested'];""");
            assertEquals(List.of(), split, "short words split across lines");
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void graph_instead_of_the_canvas_replaces_what_is_there_and_undo_brings_it_back() {
        browser.open("/?focus=ruslan-bashirli");
        var before = new TreeSet<>(nodeIdsOnCanvas());
        assertTrue(before.size() > 10);
        openConsole();
        type("MATCH (p:Person {id: 'ruslan-bashirli'})-[r]-(o:Organisation) RETURN p, r, o");
        runWithCtrlEnter();
        click("#cypher-tab-graph");
        browser.waitIdle();
        click("input[name='cypher-graph-mode'][value='replace']");
        browser.waitIdle();

        var result = cypher("MATCH (p:Person {id: 'ruslan-bashirli'})-[r]-(o:Organisation) RETURN p, r, o");
        assertTrue(result.get("graph").get("nodes").size() > 1, "the query finds something to draw");
        var expected = new TreeSet<String>();
        result.get("graph").get("nodes").forEach(n -> expected.add(n.get("id").asText()));
        browser.waitUntil("only the result on the canvas", () -> new TreeSet<>(nodeIdsOnCanvas()).equals(expected));

        click("#undo");
        browser.waitIdle();
        browser.waitUntil("the canvas as it was", () -> new TreeSet<>(nodeIdsOnCanvas()).equals(before));
    }

    // ---- errors where the query is

    @Test
    void a_syntax_error_is_shown_under_the_editor_naming_the_line_and_marked_in_the_query() {
        expectNetworkError("/api/cypher", 400);
        browser.open("/");
        openConsole();
        type("MATCH (n RETURN n");
        runWithCtrlEnter();

        var error = browser.visible("#cypher-error");
        var message = error.getText();
        assertTrue(message.contains("line 1"), message);
        // Neo4j's position, moved back onto the query as typed: RETURN is the 10th character.
        assertTrue(message.contains("column 10"), message);
        assertTrue(message.contains("Invalid input 'RETURN'"), message);
        assertTrue(message.endsWith("\"MATCH (n RETURN n\"\n          ^"), "Neo4j's picture of the line, as typed: " + message);
        assertEquals("RETURN", text("#cypher-highlight mark.cy-error"), "the error's span is marked in the editor");
        assertEquals("cypher-editor", browser.focusedId(), "the caret is back in the editor");
        assertEquals(9L, browser.js("return document.getElementById('cypher-editor').selectionStart"), "the caret at the error");
        assertEquals("true", browser.find("#cypher-editor").getAttribute("aria-invalid"));
        assertEquals(0, rowCount(), "no result");
        assertEquals("", text("#cypher-summary"));

        // Typing moves on from the error: the mark goes, the message stays until the next run.
        browser.find("#cypher-editor").sendKeys(Keys.END, ")");
        browser.waitUntil("the mark gone once the query changes", () -> browser.findAll("#cypher-highlight mark.cy-error").isEmpty());
    }

    @Test
    void a_write_is_refused_with_the_reason_shown_and_the_graph_is_unchanged() {
        expectNetworkError("/api/cypher", 403);
        var entities = entities();
        browser.open("/");
        openConsole();
        type("MATCH (n) DETACH DELETE n");
        runWithCtrlEnter();

        var message = browser.visible("#cypher-error").getText();
        assertTrue(message.contains("Query refused"), message);
        assertTrue(message.contains("writes to the graph"), message);
        assertEquals("403", browser.find("#cypher-error").getAttribute("data-status"));
        assertEquals(entities, entities(), "as many entities as before");
        assertEquals(0, rowCount());
    }

    @Test
    void parameters_must_be_a_json_object_and_are_sent_as_given() {
        browser.open("/");
        openConsole();
        type("RETURN $name AS name, $n + 1 AS next");
        var params = browser.find("#cypher-params");
        params.click();
        params.sendKeys("{\"name\": \"Rahder\", \"n\": 41");
        click("#cypher-run");

        var message = browser.visible("#cypher-error").getText();
        assertTrue(message.contains("not valid JSON"), message);
        assertEquals("true", params.getAttribute("aria-invalid"));
        assertEquals("cypher-params", browser.focusedId());

        params.sendKeys("}");
        params.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waitIdle();
        browser.waitUntil("one row", () -> rowCount() == 1);
        assertFalse(displayed("#cypher-error"));
        assertEquals(List.of("Rahder", "42"), strings(browser.js(
                "return [...document.querySelectorAll('#cypher-table tbody td')].map(td => td.textContent)")));
    }

    @Test
    void a_query_that_runs_too_long_shows_the_timeout_under_the_editor() {
        expectNetworkError("/api/cypher", 504);
        browser.open("/");
        openConsole();
        type("UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x)");
        runWithCtrlEnter();

        var message = browser.visible("#cypher-error").getText();
        assertTrue(message.contains("Query timed out"), message);
        assertTrue(message.contains("stopped"), message);
        assertEquals("504", browser.find("#cypher-error").getAttribute("data-status"));
        assertTrue(browser.findAll("#cypher-highlight mark.cy-error").isEmpty(), "no position to mark");
    }

    @Test
    void a_result_cut_at_the_row_cap_says_so_in_the_summary() {
        browser.open("/");
        openConsole();
        type("UNWIND range(1, 10000000) AS x RETURN x");
        runWithCtrlEnter();

        browser.waitUntil("5000 rows", () -> rowCount() == 5000);
        var summary = text("#cypher-summary");
        // Numbers in the browser's locale: 5,000 or 5 000 or 5000.
        assertTrue(Pattern.compile("^5\\D?000 rows .*truncated at 5\\D?000 rows").matcher(summary).find(), summary);
    }

    // ---- saved queries

    @Test
    void a_saved_query_runs_with_its_parameter_form_and_a_bad_parameter_is_shown_next_to_it() throws Exception {
        expectNetworkError("/api/queries/within-hops", 400);
        JsonNode saved = null;
        for (var q : http.get("/api/queries").json().get("queries")) if (q.get("name").asText().equals("within-hops")) saved = q;
        assertTrue(saved != null, "the saved query within-hops");
        var all = http.post("/api/queries/within-hops", "{\"params\":{}}");
        for (int retry = 0; retry < 5 && all.status() == 504; retry++) all = http.post("/api/queries/within-hops", "{\"params\":{}}");
        assertEquals(200, all.status(), all::toString);
        var expectedRows = JSON.readTree(all.body()).get("rows").size();
        assertTrue(expectedRows > 0);

        browser.open("/");
        openConsole();
        browser.waitUntil("the saved queries listed", () -> !browser.findAll("#saved-queries .saved-query").isEmpty());
        var button = browser.find("#saved-queries .saved-query[data-name='within-hops']");
        assertTrue(button.getText().contains(saved.get("title").asText()), button.getText());
        assertTrue(button.getText().contains("nearest first"), "its description: " + button.getText());
        button.click();
        browser.waitIdle();

        assertEquals(saved.get("cypher").asText(), browser.find("#cypher-editor").getAttribute("value"), "the query in the editor");
        assertEquals("ruslan-bashirli", browser.find("#saved-param-id").getAttribute("value"));
        assertEquals("2", browser.find("#saved-param-hops").getAttribute("value"));
        assertEquals("100", browser.find("#saved-param-limit").getAttribute("value"));
        assertTrue(text("[data-param='hops'] .param-type").contains("integer 1–4"), "its type shown");
        assertTrue(text("[data-param='hops'] .param-hint").contains("how many steps out"));
        assertFalse(displayed("#cypher-params"), "a form, not JSON, for a saved query");
        browser.waitUntil(expectedRows + " rows", () -> rowCount() == expectedRows);

        var hops = browser.find("#saved-param-hops");
        hops.click();
        hops.sendKeys(Keys.chord(Keys.CONTROL, "a"), "9", Keys.ENTER);
        browser.waitIdle();

        var error = browser.visible("#saved-param-hops-error");
        assertEquals("hops must be from 1 to 4, not 9", error.getText());
        assertEquals("true", hops.getAttribute("aria-invalid"));
        assertEquals("saved-param-hops", browser.focusedId(), "the focus on the parameter to fix");
        assertFalse(displayed("#cypher-error"), "the detail is next to the parameter, not under the editor");
        assertEquals(0, rowCount());

        hops.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1", Keys.ENTER);
        browser.waitIdle();
        browser.waitUntil("the error gone and rows again", () -> !displayed("#saved-param-hops-error") && rowCount() > 0);

        // an id parameter is an entity picker: type a name, pick it, its id is what is sent
        var id = browser.find("#saved-param-id");
        id.click();
        id.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Ismayilova");
        browser.waitUntil("Ismayilova among the suggestions", () -> strings(browser.js(
                "return [...document.querySelectorAll('#saved-param-id-suggestions [role=option]')].map(o => o.dataset.id)"))
                .contains("khadija-ismayilova"));
        for (int i = 0; i < 12 && !"khadija-ismayilova".equals(browser.js(
                "return document.querySelector('#saved-param-id-suggestions [aria-selected=true]')?.dataset.id ?? null")); i++) {
            id.sendKeys(Keys.ARROW_DOWN);
        }
        id.sendKeys(Keys.ENTER);
        browser.waitUntil("the id in the field", () -> "khadija-ismayilova".equals(id.getAttribute("value")));
        var around = http.post("/api/queries/within-hops", "{\"params\":{\"id\":\"khadija-ismayilova\",\"hops\":1}}");
        for (int retry = 0; retry < 5 && around.status() == 504; retry++) {
            around = http.post("/api/queries/within-hops", "{\"params\":{\"id\":\"khadija-ismayilova\",\"hops\":1}}");
        }
        assertEquals(200, around.status(), around::toString);
        var expected = JSON.readTree(around.body()).get("rows").size();
        hops.sendKeys(Keys.ENTER);
        browser.waitIdle();
        browser.waitUntil(expected + " rows around Ismayilova", () -> rowCount() == expected);
    }

    // ---- history

    @Test
    void arrow_up_in_the_editor_recalls_the_previous_query_and_arrow_down_comes_back() {
        browser.open("/");
        openConsole();
        type("RETURN 1 AS first");
        runWithCtrlEnter();
        browser.waitUntil("the first result", () -> rowCount() == 1);
        type("RETURN 2 AS second");
        runWithCtrlEnter();
        browser.waitUntil("the second result", () -> columns().equals(List.of("second")));

        var editor = browser.find("#cypher-editor");
        editor.sendKeys(Keys.ARROW_UP);
        assertEquals("RETURN 1 AS first", editor.getAttribute("value"));
        editor.sendKeys(Keys.ARROW_DOWN);
        assertEquals("RETURN 2 AS second", editor.getAttribute("value"));

        // The history outlives the page: it is in localStorage.
        browser.open("/");
        openConsole();
        browser.find("#cypher-editor").sendKeys(Keys.ARROW_UP);
        assertEquals("RETURN 2 AS second", browser.find("#cypher-editor").getAttribute("value"));
        assertTrue(strings(browser.js("return [...document.querySelectorAll('#cypher-history option')].map(o => o.textContent)"))
                .containsAll(List.of("RETURN 1 AS first", "RETURN 2 AS second")));
    }

    // ---- text, never markup

    @Test
    void markup_in_a_query_is_text_in_the_highlighted_editor_and_in_the_table() {
        browser.open("/");
        openConsole();
        var query = "RETURN '" + XSS + "' AS x";
        type(query);
        assertEquals(query, text("#cypher-highlight").stripTrailing(), "the highlighted copy shows the query as typed");
        assertEquals("'" + XSS + "'", text("#cypher-highlight .tok-string"));
        runWithCtrlEnter();
        browser.waitUntil("one row", () -> rowCount() == 1);

        assertEquals(XSS, text("#cypher-table tbody td"));
        assertEquals(0L, browser.js("return [...document.querySelectorAll('img')]"
                + ".filter(i => i.getAttribute('src') === 'x' || i.hasAttribute('onerror')).length"), "an img made from data");
        assertEquals(0L, browser.js("return performance.getEntriesByType('resource')"
                + ".filter(e => new URL(e.name).pathname.endsWith('/x')).length"), "something loaded the img's src");
    }

    // ---- keyboard

    @Test
    void escape_closes_the_console_and_ctrl_k_opens_it_again() {
        browser.open("/");
        openConsole();
        browser.find("#cypher-editor").sendKeys(Keys.ESCAPE);
        browser.waitUntil("the console closed", () -> !displayed("#console"));
        assertEquals("console-toggle", browser.focusedId(), "the focus back on the toolbar button");
        assertEquals("false", browser.find("#console-toggle").getAttribute("aria-expanded"));

        browser.actions().keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        browser.visible("#cypher-editor");
        assertEquals("cypher-editor", browser.focusedId());
        browser.waitIdle();
    }

    // ---- what a person does

    private void openConsole() {
        click("#console-toggle");
        browser.visible("#cypher-editor");
        browser.waitIdle();
    }

    /** Replaces what the editor holds with {@code query}, typed. */
    private void type(String query) {
        var editor = browser.find("#cypher-editor");
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        editor.sendKeys(query);
        assertEquals(query, editor.getAttribute("value"));
    }

    private void runWithCtrlEnter() {
        browser.find("#cypher-editor").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waitIdle();
    }

    private void click(String css) {
        browser.find(css).click();
    }

    private void expectNetworkError(String path, int status) {
        expectedConsoleErrors.add(Pattern.compile(Pattern.quote(path) + "\\b.*status of " + status + "\\b"));
    }

    // ---- what the tests read

    private List<String> columns() {
        return strings(browser.js("return [...document.querySelectorAll('#cypher-table thead th[data-column]')].map(th => th.textContent)"));
    }

    private int rowCount() {
        return ((Number) browser.js("return document.querySelectorAll('#cypher-table tbody tr').length")).intValue();
    }

    private String text(String css) {
        return String.valueOf(browser.js("const e = document.querySelector(arguments[0]); return e ? e.textContent : null", css));
    }

    private boolean displayed(String css) {
        return browser.findAll(css).stream().anyMatch(WebElement::isDisplayed);
    }

    private List<String> nodeIdsOnCanvas() {
        return strings(browser.js("return window.cy ? window.cy.nodes().map(n => n.id()).sort() : []"));
    }

    private boolean onCanvas(String id) {
        return Boolean.TRUE.equals(browser.js("return window.cy.getElementById(arguments[0]).nonempty()", id));
    }

    private long entities() {
        return http.get("/api/health").json().get("entities").asLong();
    }

    private JsonNode cypher(String query) {
        try {
            var response = http.post("/api/cypher", JSON.writeValueAsString(Map.of("query", query)));
            assertEquals(200, response.status(), response::toString);
            return response.json();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(Object value) {
        var result = new ArrayList<String>();
        if (value instanceof List<?> list) list.forEach(v -> result.add(String.valueOf(v)));
        return result;
    }
}
