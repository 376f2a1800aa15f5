package org.tracegraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.tracegraph.support.BrowserTest;
import org.tracegraph.support.TestServer;

/**
 * What the explorer's browser tests share, beside {@link BrowserTest}'s browser and checks: the seed graph's
 * entities they use, what they read from the page ({@code window.cy} and the DOM) and what a person does
 * (type, pick, click, Tab). Only the keyboard and the mouse change the page; the ids, classes and URL
 * parameters are the ones web/README.md promises.
 */
abstract class ExplorerBrowserSupport extends BrowserTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BASHIRLI = "ruslan-bashirli";
    static final String FOOTAGE = "bashirli-tbilisi-footage";
    static final String COUP_PLOT = "bashirli-coup-plot";
    static final String XSS_NAME = "<img src=x onerror=alert(1)>";

    // ---- what the tests read from the page

    boolean onCanvas(String id) {
        return Boolean.TRUE.equals(browser.js("return !!window.cy && window.cy.getElementById(arguments[0]).nonempty()", id));
    }

    List<String> nodeIds() {
        return strings(browser.js("return window.cy ? window.cy.nodes().map(n => n.id()).sort() : []"));
    }

    List<String> selectedIds() {
        return strings(browser.js("return window.cy.$(':selected').map(e => e.id()).sort()"));
    }

    List<String> highlighted() {
        return strings(browser.js("return window.cy.elements('.path-highlight').map(e => e.id())"));
    }

    long visibleEdgesWith(String field, String value) {
        return (Long) browser.js("return window.cy.edges(':visible').filter(e => e.data(arguments[0]) === arguments[1]).length",
                field, value);
    }

    long visibleNodesWith(String field, String value) {
        return (Long) browser.js("return window.cy.nodes(':visible').filter(n => n.data(arguments[0]) === arguments[1]).length",
                field, value);
    }

    String detailsName() {
        return String.valueOf(browser.js("const e = document.getElementById('details-name');"
                + " return e ? e.textContent.trim() : null"));
    }

    /** The number #hidden-count shows (its data-hidden, else its text); 0 when it is absent or hidden. */
    int hiddenCount() {
        var value = browser.js("""
                const e = document.getElementById('hidden-count');
                if (!e || e.getClientRects().length === 0) return '0';
                return e.dataset.hidden ?? ((e.textContent.match(/\\d+/) || ['0'])[0]);""");
        return Integer.parseInt(String.valueOf(value));
    }

    boolean displayed(String css) {
        return browser.findAll(css).stream().anyMatch(WebElement::isDisplayed);
    }

    List<String> optionIds(String listId) {
        return strings(browser.js("return [...document.querySelectorAll('#' + arguments[0] + ' [role=option]')]"
                + ".filter(o => o.getClientRects().length > 0).map(o => o.dataset.id)", listId));
    }

    String selectedOption(String listId) {
        return (String) browser.js("const o = document.querySelector('#' + arguments[0]"
                + " + ' [role=option][aria-selected=true]'); return o ? o.dataset.id : null", listId);
    }

    boolean suggestionsClosed(String listId) {
        return optionIds(listId).isEmpty();
    }

    /** What each .relationship in {@code panel} shows, by data-edge-id. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, String>> relationshipsShown(String panel) {
        var rows = (List<Map<String, String>>) browser.js("""
                const text = (r, css) => r.querySelector(css)?.textContent ?? '';
                return [...document.querySelectorAll(arguments[0] + ' .relationship')].map(r => ({
                  id: r.dataset.edgeId ?? '',
                  badgeClass: r.querySelector('.badge')?.className ?? '',
                  badge: text(r, '.badge').trim(),
                  quote: text(r, '.quote'),
                  source: text(r, '.source'),
                  claimedBy: text(r, '.claimed-by')}));""", panel);
        var byId = new LinkedHashMap<String, Map<String, String>>();
        for (var row : rows) byId.put(row.get("id"), row);
        assertEquals(rows.size(), byId.size(), "one .relationship per edge id");
        return byId;
    }

    /** The .path items of #path-results, in order, with their hops. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> pathsShown() {
        return (List<Map<String, Object>>) browser.js("""
                const text = (r, css) => r.querySelector(css)?.textContent ?? '';
                return [...document.querySelectorAll('#path-results .path')].map(p => ({
                  length: p.dataset.length ?? '',
                  weakestStatus: p.dataset.weakestStatus ?? '',
                  text: p.textContent,
                  hops: [...p.querySelectorAll('.hop')].map(h => ({
                    text: h.textContent,
                    badgeClass: h.querySelector('.badge')?.className ?? '',
                    quote: text(h, '.quote'),
                    source: text(h, '.source'),
                    weakest: h.classList.contains('weakest')}))}));""");
    }

    /** Ids, types, selection, filters and layout of the view, to compare before and after a reload. */
    @SuppressWarnings("unchecked")
    Map<String, Object> view() {
        return (Map<String, Object>) browser.js("""
                const cy = window.cy;
                const checked = name => [...document.querySelectorAll(`input[name="${name}"]:checked`)].map(i => i.value).sort();
                return {
                  nodes: cy.nodes().map(n => n.id()).sort(),
                  visibleNodes: cy.nodes(':visible').map(n => n.id()).sort(),
                  visibleEdges: cy.edges(':visible').map(e => e.id()).sort(),
                  selected: cy.$(':selected').map(e => e.id()).sort(),
                  types: checked('type'),
                  statuses: checked('status'),
                  layout: document.getElementById('layout-select')?.value ?? null,
                  details: document.getElementById('details-name')?.textContent.trim() ?? null};""");
    }

    Map<String, String> query() {
        var result = new LinkedHashMap<String, String>();
        var raw = URI.create(browser.driver().getCurrentUrl()).getRawQuery();
        if (raw == null) return result;
        for (var pair : raw.split("&")) {
            var parts = pair.split("=", 2);
            result.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return result;
    }

    /** No element made from the entity's name, and nothing fetched at "x" (what its src would load). */
    void assertNoImageFromData() {
        assertEquals(0L, browser.js("return [...document.querySelectorAll('img')]"
                + ".filter(i => i.getAttribute('src') === 'x' || i.hasAttribute('onerror')).length"), "an img made from data");
        assertEquals(0L, browser.js("return performance.getEntriesByType('resource')"
                + ".filter(e => new URL(e.name).pathname.endsWith('/x')).length"), "something loaded the img's src");
    }

    // ---- what a person does

    /** Types {@code text} into a combobox and picks {@code id} from its suggestions with the arrow keys. */
    void pick(String input, String listId, String text, String id) {
        var box = browser.find(input);
        box.click();
        box.clear();
        box.sendKeys(text);
        browser.waitUntil(id + " among the suggestions of " + input, () -> optionIds(listId).contains(id));
        pickWithArrows(box, listId, id);
    }

    void pickWithArrows(WebElement box, String listId, String id) {
        for (int i = 0; i < 12 && !id.equals(selectedOption(listId)); i++) box.sendKeys(Keys.ARROW_DOWN);
        assertEquals(id, selectedOption(listId), "ArrowDown reaches " + id + " in #" + listId);
        box.sendKeys(Keys.ENTER);
    }

    /** Presses Tab until the element with {@code id} has the focus. */
    void tabTo(String id, int most) {
        for (int i = 0; i < most && !id.equals(browser.focusedId()); i++) {
            browser.actions().sendKeys(Keys.TAB).perform();
        }
        assertEquals(id, browser.focusedId(), "Tab reaches #" + id + " within " + most + " presses");
    }

    /** Presses Shift+Tab until the element with {@code id} has the focus. */
    void tabBackTo(String id, int most) {
        for (int i = 0; i < most && !id.equals(browser.focusedId()); i++) {
            browser.actions().keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        }
        assertEquals(id, browser.focusedId(), "Shift+Tab reaches #" + id + " within " + most + " presses");
    }

    /**
     * Clicks a control; a checkbox drawn by its label is clicked through the label, as a person would. A
     * control the page has just drawn anew (a panel re-rendered as data arrived) is looked up again.
     */
    void click(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                var element = browser.find(css);
                try {
                    element.click();
                } catch (ElementNotInteractableException e) {
                    ((WebElement) browser.js("return arguments[0].closest('label')"
                            + " || document.querySelector(`label[for=\"${arguments[0].id}\"]`)", element)).click();
                }
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) throw e;
            }
        }
    }

    void clickNode(String id) {
        mouseOnNode(id).click().perform();
        browser.waitIdle();
    }

    void doubleClickNode(String id) {
        mouseOnNode(id).doubleClick().perform();
        browser.waitIdle();
    }

    /** The mouse over a node on the canvas (panned into view first if it is off screen). */
    Actions mouseOnNode(String id) {
        assertTrue(onCanvas(id), id + " on the canvas");
        var point = strings(browser.js("""
                const cy = window.cy, node = cy.getElementById(arguments[0]);
                const box = cy.container().getBoundingClientRect();
                let p = node.renderedPosition();
                if (p.x < 20 || p.y < 20 || p.x > box.width - 20 || p.y > box.height - 20) {
                  cy.center(node);
                  p = node.renderedPosition();
                }
                const x = box.left + p.x, y = box.top + p.y;
                const hit = document.elementFromPoint(x, y);
                return [String(Math.round(x)), String(Math.round(y)), String(!!hit && cy.container().contains(hit))];""",
                id));
        assertEquals("true", point.get(2), id + " is not covered by a panel at " + point);
        return browser.actions().moveToLocation(Integer.parseInt(point.get(0)), Integer.parseInt(point.get(1)));
    }

    /** Clicks the n-th path near its left edge, where it is neither a link nor a button (a source, a hop's own button). */
    void clickPath(int n) {
        var point = strings(browser.js("""
                const path = document.querySelectorAll('#path-results .path')[arguments[0]];
                path.scrollIntoView({block: 'start'});
                const box = path.getBoundingClientRect();
                for (let y = Math.max(box.top, 0) + 4; y < Math.min(box.bottom, window.innerHeight); y += 4) {
                  const x = box.left + 4;
                  const hit = document.elementFromPoint(x, y);
                  if (hit && path.contains(hit) && !hit.closest('a, button')) return [String(Math.round(x)), String(Math.round(y))];
                }
                return [];""", n));
        assertEquals(2, point.size(), "path " + n + " has a place to click");
        browser.actions().moveToLocation(Integer.parseInt(point.get(0)), Integer.parseInt(point.get(1))).click().perform();
    }

    // ---- fixtures

    static void addXssEntity() {
        TestServer.server().database().writeTransaction(tx -> tx.run("""
                MATCH (rahder:Entity {id: 'karl-rahder'})
                CREATE (x:Entity:Person {id: 'zz-xss-test', name: $name, aliases: [], description: 'test'})
                CREATE (x)-[:TOLD {id: 'zz-xss-test-told-karl-rahder', status: 'reported', quote: 'Karl Rahder',
                        sourceIds: ['rahder-2012-azerbaijan-blackmail-video']}]->(rahder)""",
                Map.of("name", XSS_NAME)).consume());
    }

    /** An entity {@code hub} told {@code spokes} others something: more neighbours than one page holds. */
    static void addFixture(String hub, int spokes) {
        TestServer.server().database().writeTransaction(tx -> tx.run("""
                CREATE (h:Entity:Person {id: $hub, name: 'Hub of many', aliases: [], description: 'test'})
                WITH h
                UNWIND range(1, $spokes) AS i
                CREATE (s:Entity:Person {id: $hub + '-spoke-' + i, name: 'Spoke ' + i, aliases: [], description: 'test'})
                CREATE (h)-[:TOLD {id: $hub + '-told-' + i, status: 'reported', quote: 'Karl Rahder',
                        sourceIds: ['rahder-2012-azerbaijan-blackmail-video']}]->(s)""",
                Map.of("hub", hub, "spokes", spokes)).consume());
    }

    static void removeFixture(String hub) {
        TestServer.server().database().writeTransaction(tx -> tx.run(
                "MATCH (n:Entity) WHERE n.id STARTS WITH $hub DETACH DELETE n", Map.of("hub", hub)).consume());
    }

    // ---- small things

    Set<String> neighboursOf(String id) {
        var ids = new HashSet<>(idsOf(http.get("/api/entities/" + id + "/neighbourhood?depth=1&limit=100").json().get("nodes")));
        ids.remove(id);
        return ids;
    }

    static List<String> idsOf(JsonNode array) {
        assertNotNull(array);
        var ids = new ArrayList<String>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    static Set<String> difference(Collection<String> a, Collection<String> b) {
        var result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    static List<String> strings(Object value) {
        var result = new ArrayList<String>();
        if (value instanceof List<?> list) list.forEach(v -> result.add(String.valueOf(v)));
        return result;
    }

    /** Text with its white space squashed and typographic quotes kept as they are. */
    static String squash(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
