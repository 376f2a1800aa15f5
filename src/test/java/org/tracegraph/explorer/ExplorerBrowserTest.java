package org.tracegraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.tracegraph.support.BrowserTest;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * The network explorer as a person uses it, in headless Chromium against the seed graph: only the keyboard
 * and the mouse change the page; {@code window.cy} and the DOM are read to see what is on screen. The ids,
 * classes and URL parameters are the ones web/README.md promises.
 */
class ExplorerBrowserTest extends BrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASHIRLI = "ruslan-bashirli";
    private static final String FOOTAGE = "bashirli-tbilisi-footage";
    private static final String COUP_PLOT = "bashirli-coup-plot";
    private static final String XSS_NAME = "<img src=x onerror=alert(1)>";

    // ---- search

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

    // ---- expanding

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
        assertEquals(Set.of("ilham-aliyev", "rahder-2012-azerbaijan-blackmail-video"), hidden);

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

    // ---- details

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

    // ---- tracing a path

    @Test
    void tracing_bashirli_to_ndi_lists_the_ranked_paths_with_their_weakest_hops_and_highlights_the_one_clicked() {
        browser.open("/");
        pick("#path-from-input", "path-from-suggestions", "Bashirli", BASHIRLI);
        pick("#path-to-input", "path-to-suggestions", "NDI", "ndi");
        click("#trace-button");
        browser.waitIdle();
        browser.waitUntil("paths in #path-results", () -> !browser.findAll("#path-results .path").isEmpty());

        var api = http.get("/api/paths?from=" + BASHIRLI + "&to=ndi").json().get("paths");
        var shown = pathsShown();
        assertTrue(shown.size() >= 3, "several paths: " + shown.size());
        var first = shown.get(0);
        assertEquals("1", first.get("length"));
        assertEquals("alleged", first.get("weakestStatus"));
        for (int i = 0; i < Math.min(shown.size(), api.size()); i++) {
            var path = shown.get(i);
            var apiPath = api.get(i);
            var where = "path " + i + " " + path;
            assertEquals(apiPath.get("length").asText(), path.get("length"), where);
            assertEquals(apiPath.get("weakestStatus").asText(), path.get("weakestStatus"), where);
            @SuppressWarnings("unchecked")
            var hops = (List<Map<String, Object>>) (List<?>) path.get("hops");
            assertEquals(apiPath.get("length").asInt(), hops.size(), "one .hop per hop: " + where);
            int weakest = 0;
            for (int h = 0; h < hops.size(); h++) {
                var hop = hops.get(h);
                var apiHop = apiPath.get("hops").get(h);
                var edge = apiPath.get("edges").get(h);
                var text = squash(String.valueOf(hop.get("text")));
                assertTrue(text.contains(squash(apiHop.get("sentence").asText())), "hop " + h + " sentence: " + where);
                assertTrue(String.valueOf(hop.get("badgeClass")).contains("status-" + apiHop.get("status").asText()),
                        "hop " + h + " badge: " + where);
                assertTrue(squash(String.valueOf(hop.get("quote"))).contains(squash(edge.get("quote").asText())),
                        "hop " + h + " quote: " + where);
                assertTrue(String.valueOf(hop.get("source")).contains(edge.get("sources").get(0).get("title").asText()),
                        "hop " + h + " source: " + where);
                if (Boolean.TRUE.equals(hop.get("weakest"))) {
                    weakest++;
                    assertEquals(apiPath.get("weakestHop").asInt(), h, "the weakest hop: " + where);
                }
            }
            assertEquals(1, weakest, "one hop marked .weakest: " + where);
        }

        // The second path first: the page may well highlight the first one by itself.
        var second = api.get(1);
        var secondIds = new ArrayList<String>(idsOf(second.get("nodes")));
        secondIds.addAll(idsOf(second.get("edges")));
        var firstEdge = "ruslan-bashirli-affiliated-with-ndi";
        var secondLastEdge = second.get("edges").get(second.get("length").asInt() - 1).get("id").asText();
        assertFalse(secondIds.contains(firstEdge));
        clickPath(1);
        browser.waitUntil("the second path highlighted", () -> highlighted().containsAll(secondIds)
                && !highlighted().contains(firstEdge));
        clickPath(0);
        browser.waitUntil("the first path highlighted instead", () -> highlighted().containsAll(
                List.of(BASHIRLI, "ndi", firstEdge)) && !highlighted().contains(secondLastEdge));
    }

    // ---- filters

    @Test
    void unchecking_a_status_hides_its_edges_and_unchecking_a_type_hides_its_nodes() {
        browser.open("/?focus=" + FOOTAGE);
        assertTrue(visibleEdgesWith("status", "alleged") > 0, "alleged edges to begin with");
        assertTrue(visibleNodesWith("type", "Place") > 0, "a place (Tbilisi) to begin with");

        click("input[name='status'][value='alleged']");
        browser.waitIdle();
        browser.waitUntil("no alleged edge visible", () -> visibleEdgesWith("status", "alleged") == 0);
        assertTrue(visibleEdgesWith("status", "reported") > 0, "the others stay");
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

    // ---- URL state

    @Test
    void a_reload_shows_the_same_view_because_the_url_carries_it() {
        browser.open("/?focus=" + BASHIRLI);
        clickNode(COUP_PLOT);
        browser.waitUntil("the plot selected", () -> selectedIds().equals(List.of(COUP_PLOT)));
        click("#expand");
        browser.waitIdle();
        browser.waitUntil("expanded", () -> onCanvas("bashirli-co-defendant-1"));
        click("input[name='status'][value='rumour']");
        click("input[name='type'][value='Source']");
        new Select(browser.find("select#layout-select")).selectByValue("concentric");
        browser.waitIdle();
        clickNode("yeni-fekir");
        browser.waitUntil("Yeni Fekir selected", () -> selectedIds().equals(List.of("yeni-fekir")));
        browser.waitIdle();
        var before = view();
        var url = browser.pathAndQuery();
        var query = query();
        assertEquals("yeni-fekir", query.get("selected"), url);
        assertEquals("concentric", query.get("layout"), url);
        assertFalse(query.getOrDefault("statuses", "rumour").contains("rumour"), url);
        assertFalse(query.getOrDefault("types", "Source").contains("Source"), url);

        browser.driver().navigate().refresh();
        browser.waitIdle();
        browser.waitUntil("the same nodes back", () -> nodeIds().equals(before.get("nodes")));
        assertEquals(before, view());
        assertEquals(url, browser.pathAndQuery(), "the URL is kept");
    }

    @Test
    void a_focus_link_opens_the_entity_with_its_neighbours_selected() {
        browser.open("/?focus=" + BASHIRLI);
        var neighbourhood = idsOf(http.get("/api/entities/" + BASHIRLI + "/neighbourhood?depth=1&limit=25")
                .json().get("nodes"));
        assertTrue(nodeIds().containsAll(neighbourhood), "missing " + difference(neighbourhood, nodeIds()));
        assertEquals(List.of(BASHIRLI), selectedIds());
        assertEquals("Ruslan Bashirli", detailsName());
    }

    @Test
    void a_path_link_traces_the_paths_between_the_two() {
        browser.open("/?path=elnur-israfilov,eynullah-fatullayev");
        browser.waitUntil("paths in #path-results", () -> !browser.findAll("#path-results .path").isEmpty());
        var first = pathsShown().get(0);
        assertEquals("1", first.get("length"));
        assertEquals("alleged", first.get("weakestStatus"));
        var sentence = String.valueOf(first.get("text"));
        assertTrue(sentence.contains("Mammad Ibrahimli"), "the hop names who alleges it: " + sentence);
        assertTrue(onCanvas("elnur-israfilov") && onCanvas("eynullah-fatullayev"), "both on the canvas");
    }

    // ---- escaping

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

    // ---- keyboard and list view

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

    // ---- export

    @Test
    void exporting_json_downloads_graph_json_of_the_visible_subgraph() throws IOException {
        browser.open("/?focus=" + FOOTAGE);
        click("input[name='status'][value='alleged']");
        click("input[name='type'][value='Place']");
        browser.waitIdle();
        browser.waitUntil("filters applied", () -> visibleNodesWith("type", "Place") == 0);
        var visibleNodes = strings(browser.js("return window.cy.nodes(':visible').map(n => n.id())"));
        var visibleEdges = strings(browser.js("return window.cy.edges(':visible').map(e => e.id())"));
        assertFalse(visibleEdges.isEmpty());

        browser.emptyDownloads();
        click("#export-json");
        var file = browser.download(".json");
        var graph = JSON.readTree(Files.readString(file));

        assertEquals(new TreeSet<>(visibleNodes), new TreeSet<>(idsOf(graph.get("nodes"))), "the visible nodes");
        assertEquals(new TreeSet<>(visibleEdges), new TreeSet<>(idsOf(graph.get("edges"))), "the visible edges");
        var nodeFields = Set.of("id", "name", "type", "aliases", "description", "kind", "date", "startDate", "endDate",
                "dateApprox", "title", "publisher", "published", "url", "degree");
        var edgeFields = Set.of("id", "source", "target", "type", "status", "sources", "quote", "claimedBy",
                "claimedByName", "role", "date", "startDate", "endDate", "dateApprox", "note");
        for (var node : graph.get("nodes")) {
            assertTrue(node.hasNonNull("name") && node.hasNonNull("type"), node::toString);
            node.fieldNames().forEachRemaining(f -> assertTrue(nodeFields.contains(f), "graph JSON node field " + f));
        }
        for (var edge : graph.get("edges")) {
            assertTrue(edge.hasNonNull("source") && edge.hasNonNull("target") && edge.hasNonNull("status"), edge::toString);
            assertFalse(edge.get("status").asText().equals("alleged"));
            edge.fieldNames().forEachRemaining(f -> assertTrue(edgeFields.contains(f), "graph JSON edge field " + f));
        }
    }

    // ---- hide, pin, undo, the years, the image

    @Test
    void hiding_a_node_takes_it_and_its_links_off_the_canvas_and_undo_puts_them_back() {
        browser.open("/?focus=" + BASHIRLI);
        var before = nodeIds();
        long edgesBefore = (Long) browser.js("return window.cy.edges().length");
        clickNode(COUP_PLOT);
        click("#hide");
        browser.waitIdle();
        browser.waitUntil("the plot is gone", () -> !onCanvas(COUP_PLOT));
        assertTrue((Long) browser.js("return window.cy.edges().length") < edgesBefore, "its links went with it");
        click("#undo");
        browser.waitIdle();
        browser.waitUntil("the plot is back", () -> onCanvas(COUP_PLOT));
        assertEquals(before, nodeIds());
        assertEquals(edgesBefore, (Long) browser.js("return window.cy.edges().length"));
    }

    @Test
    void a_pinned_node_keeps_its_place_through_a_new_layout() {
        browser.open("/?focus=" + BASHIRLI);
        clickNode(COUP_PLOT);
        click("#pin");
        browser.waitIdle();
        assertEquals(Boolean.TRUE, browser.js("return window.cy.getElementById(arguments[0]).locked()", COUP_PLOT));
        var before = browser.js("return JSON.stringify(window.cy.getElementById(arguments[0]).position())", COUP_PLOT);
        new org.openqa.selenium.support.ui.Select(browser.find("#layout-select")).selectByValue("concentric");
        browser.waitIdle();
        assertEquals(before, browser.js("return JSON.stringify(window.cy.getElementById(arguments[0]).position())",
                COUP_PLOT), "a pinned node stays where it was put");
    }

    @Test
    void a_node_dragged_by_hand_and_a_pinned_one_are_where_they_were_after_a_reload() {
        browser.open("/?focus=" + BASHIRLI);
        clickNode(COUP_PLOT);
        click("#pin");
        browser.waitIdle();
        mouseOnNode("yeni-fekir").clickAndHold().moveByOffset(90, 60).moveByOffset(30, 20).release().perform();
        browser.waitIdle();
        var query = query();
        assertEquals(COUP_PLOT, query.get("pins"), browser.pathAndQuery());
        assertTrue(query.getOrDefault("pos", "").contains("yeni-fekir:"), browser.pathAndQuery());
        var before = positions();

        browser.driver().navigate().refresh();
        browser.waitIdle();
        browser.waitUntil("the same nodes back", () -> positions().keySet().equals(before.keySet()));
        var after = positions();
        for (var id : before.keySet()) {
            var was = before.get(id);
            var is = after.get(id);
            assertTrue(Math.abs(was[0] - is[0]) <= 1 && Math.abs(was[1] - is[1]) <= 1,
                    id + " moved from " + java.util.Arrays.toString(was) + " to " + java.util.Arrays.toString(is));
        }
        assertEquals(Boolean.TRUE, browser.js("return window.cy.getElementById(arguments[0]).locked()", COUP_PLOT));
    }

    /** Every node's model position, rounded as the link rounds it. */
    private Map<String, long[]> positions() {
        var pairs = strings(browser.js("return window.cy.nodes().map((n) => n.id() + ':' + Math.round(n.position('x'))"
                + " + ':' + Math.round(n.position('y')))"));
        var map = new java.util.TreeMap<String, long[]>();
        for (var pair : pairs) {
            var parts = pair.split(":");
            map.put(parts[0], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
        }
        return map;
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

    @Test
    void exporting_png_downloads_an_image_of_the_canvas() throws IOException {
        browser.open("/?focus=" + BASHIRLI);
        browser.emptyDownloads();
        click("#export-png");
        var bytes = Files.readAllBytes(browser.download(".png"));
        assertTrue(bytes.length > 1000, "an image, not an empty file");
        assertEquals(0x89, bytes[0] & 0xff);
        assertEquals("PNG", new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
    }

    // ---- what the tests read from the page

    private boolean onCanvas(String id) {
        return Boolean.TRUE.equals(browser.js("return !!window.cy && window.cy.getElementById(arguments[0]).nonempty()", id));
    }

    private List<String> nodeIds() {
        return strings(browser.js("return window.cy ? window.cy.nodes().map(n => n.id()).sort() : []"));
    }

    private List<String> selectedIds() {
        return strings(browser.js("return window.cy.$(':selected').map(e => e.id()).sort()"));
    }

    private List<String> highlighted() {
        return strings(browser.js("return window.cy.elements('.path-highlight').map(e => e.id())"));
    }

    private long visibleEdgesWith(String field, String value) {
        return (Long) browser.js("return window.cy.edges(':visible').filter(e => e.data(arguments[0]) === arguments[1]).length",
                field, value);
    }

    private long visibleNodesWith(String field, String value) {
        return (Long) browser.js("return window.cy.nodes(':visible').filter(n => n.data(arguments[0]) === arguments[1]).length",
                field, value);
    }

    private String detailsName() {
        return String.valueOf(browser.js("const e = document.getElementById('details-name');"
                + " return e ? e.textContent.trim() : null"));
    }

    /** The number #hidden-count shows (its data-hidden, else its text); 0 when it is absent or hidden. */
    private int hiddenCount() {
        var value = browser.js("""
                const e = document.getElementById('hidden-count');
                if (!e || e.getClientRects().length === 0) return '0';
                return e.dataset.hidden ?? ((e.textContent.match(/\\d+/) || ['0'])[0]);""");
        return Integer.parseInt(String.valueOf(value));
    }

    private boolean displayed(String css) {
        return browser.findAll(css).stream().anyMatch(WebElement::isDisplayed);
    }

    private List<String> optionIds(String listId) {
        return strings(browser.js("return [...document.querySelectorAll('#' + arguments[0] + ' [role=option]')]"
                + ".filter(o => o.getClientRects().length > 0).map(o => o.dataset.id)", listId));
    }

    private String selectedOption(String listId) {
        return (String) browser.js("const o = document.querySelector('#' + arguments[0]"
                + " + ' [role=option][aria-selected=true]'); return o ? o.dataset.id : null", listId);
    }

    private boolean suggestionsClosed(String listId) {
        return optionIds(listId).isEmpty();
    }

    /** What each .relationship in {@code panel} shows, by data-edge-id. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, String>> relationshipsShown(String panel) {
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
    private List<Map<String, Object>> pathsShown() {
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
    private Map<String, Object> view() {
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

    private Map<String, String> query() {
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
    private void assertNoImageFromData() {
        assertEquals(0L, browser.js("return [...document.querySelectorAll('img')]"
                + ".filter(i => i.getAttribute('src') === 'x' || i.hasAttribute('onerror')).length"), "an img made from data");
        assertEquals(0L, browser.js("return performance.getEntriesByType('resource')"
                + ".filter(e => new URL(e.name).pathname.endsWith('/x')).length"), "something loaded the img's src");
    }

    // ---- what a person does

    /** Types {@code text} into a combobox and picks {@code id} from its suggestions with the arrow keys. */
    private void pick(String input, String listId, String text, String id) {
        var box = browser.find(input);
        box.click();
        box.clear();
        box.sendKeys(text);
        browser.waitUntil(id + " among the suggestions of " + input, () -> optionIds(listId).contains(id));
        pickWithArrows(box, listId, id);
    }

    private void pickWithArrows(WebElement box, String listId, String id) {
        for (int i = 0; i < 12 && !id.equals(selectedOption(listId)); i++) box.sendKeys(Keys.ARROW_DOWN);
        assertEquals(id, selectedOption(listId), "ArrowDown reaches " + id + " in #" + listId);
        box.sendKeys(Keys.ENTER);
    }

    /** Presses Tab until the element with {@code id} has the focus. */
    private void tabTo(String id, int most) {
        for (int i = 0; i < most && !id.equals(browser.focusedId()); i++) {
            browser.actions().sendKeys(Keys.TAB).perform();
        }
        assertEquals(id, browser.focusedId(), "Tab reaches #" + id + " within " + most + " presses");
    }

    /** Presses Shift+Tab until the element with {@code id} has the focus. */
    private void tabBackTo(String id, int most) {
        for (int i = 0; i < most && !id.equals(browser.focusedId()); i++) {
            browser.actions().keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        }
        assertEquals(id, browser.focusedId(), "Shift+Tab reaches #" + id + " within " + most + " presses");
    }

    /**
     * Clicks a control; a checkbox drawn by its label is clicked through the label, as a person would. A
     * control the page has just drawn anew (a panel re-rendered as data arrived) is looked up again.
     */
    private void click(String css) {
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

    private void clickNode(String id) {
        mouseOnNode(id).click().perform();
        browser.waitIdle();
    }

    private void doubleClickNode(String id) {
        mouseOnNode(id).doubleClick().perform();
        browser.waitIdle();
    }

    /** The mouse over a node on the canvas (panned into view first if it is off screen). */
    private Actions mouseOnNode(String id) {
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
    private void clickPath(int n) {
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

    private static void addXssEntity() {
        TestServer.server().database().writeTransaction(tx -> tx.run("""
                MATCH (rahder:Entity {id: 'karl-rahder'})
                CREATE (x:Entity:Person {id: 'zz-xss-test', name: $name, aliases: [], description: 'test'})
                CREATE (x)-[:TOLD {id: 'zz-xss-test-told-karl-rahder', status: 'reported', quote: 'Karl Rahder',
                        sourceIds: ['rahder-2012-azerbaijan-blackmail-video']}]->(rahder)""",
                Map.of("name", XSS_NAME)).consume());
    }

    /** An entity {@code hub} told {@code spokes} others something: more neighbours than one page holds. */
    private static void addFixture(String hub, int spokes) {
        TestServer.server().database().writeTransaction(tx -> tx.run("""
                CREATE (h:Entity:Person {id: $hub, name: 'Hub of many', aliases: [], description: 'test'})
                WITH h
                UNWIND range(1, $spokes) AS i
                CREATE (s:Entity:Person {id: $hub + '-spoke-' + i, name: 'Spoke ' + i, aliases: [], description: 'test'})
                CREATE (h)-[:TOLD {id: $hub + '-told-' + i, status: 'reported', quote: 'Karl Rahder',
                        sourceIds: ['rahder-2012-azerbaijan-blackmail-video']}]->(s)""",
                Map.of("hub", hub, "spokes", spokes)).consume());
    }

    private static void removeFixture(String hub) {
        TestServer.server().database().writeTransaction(tx -> tx.run(
                "MATCH (n:Entity) WHERE n.id STARTS WITH $hub DETACH DELETE n", Map.of("hub", hub)).consume());
    }

    // ---- small things

    private Set<String> neighboursOf(String id) {
        var ids = new HashSet<>(idsOf(http.get("/api/entities/" + id + "/neighbourhood?depth=1&limit=100").json().get("nodes")));
        ids.remove(id);
        return ids;
    }

    private static List<String> idsOf(JsonNode array) {
        assertNotNull(array);
        var ids = new ArrayList<String>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    private static Set<String> difference(Collection<String> a, Collection<String> b) {
        var result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static List<String> strings(Object value) {
        var result = new ArrayList<String>();
        if (value instanceof List<?> list) list.forEach(v -> result.add(String.valueOf(v)));
        return result;
    }

    /** Text with its white space squashed and typographic quotes kept as they are. */
    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
