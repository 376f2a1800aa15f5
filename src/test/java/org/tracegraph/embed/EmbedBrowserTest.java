package org.tracegraph.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tracegraph.core.Status;
import org.tracegraph.core.Vocabulary;
import org.tracegraph.support.BrowserTest;
import org.tracegraph.support.TestServer;

/**
 * The done-when of the embeds, in headless Chromium: an article on another origin (a page served on another
 * port) frames a saved view of the Bashirli story; a reader taps a link and reads its quote and source. Editing
 * the graph afterwards changes nothing in the embed until a new version is published. Other pages of the app
 * refuse to be framed, and the embed's whole transfer stays under 600 KB.
 */
class EmbedBrowserTest extends BrowserTest {
    private static final Views VIEWS = new Views();
    private static final String LINK = "ruslan-bashirli-affiliated-with-ndi";
    private static HttpServer articleServer;
    private static volatile String article = "";

    @BeforeAll
    static void startTheArticleSite() throws IOException {
        // Another origin: 127.0.0.1 on its own port, where Tracegraph is at localhost on another.
        articleServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        articleServer.createContext("/", exchange -> {
            var bytes = article.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        articleServer.start();
    }

    @AfterAll
    static void stopTheArticleSite() {
        if (articleServer != null) articleServer.stop(0);
        VIEWS.deleteAll();
    }

    @AfterEach
    void backToTheTopPage() {
        browser.driver().switchTo().defaultContent();
    }

    @Test
    void a_reader_of_an_article_on_another_site_taps_a_link_of_the_embed_and_reads_its_quote_and_source() {
        var view = VIEWS.createBashirliStory();
        openArticle(view.at("/links/iframe").asText());
        var articleOrigin = browser.js("return location.origin");
        enterFrame(0);
        assertNotEquals(articleOrigin, browser.js("return location.origin"), "the embed is on another origin");
        assertEquals(Views.BASHIRLI_STORY.size(), ((Number) browser.js("return window.cy.nodes().length")).intValue());
        assertEquals("Ruslan Bashirli and NDI", browser.find("#embed-title").getText());
        assertTrue(browser.find("#embed-caption").getText().contains("runs through the footage"));

        tap(LINK);
        browser.waitUntil("the evidence of the tapped link", () -> browser.find("#embed-details").isDisplayed());
        var details = browser.find("#embed-details");
        assertTrue(details.findElement(By.cssSelector(".quote")).getText()
                .contains("working with the National Democratic Institute (NDI)"), details.getText());
        assertEquals("alleged", details.findElement(By.cssSelector(".badge")).getText());
        assertTrue(details.findElement(By.cssSelector(".source-title")).getText()
                .startsWith("Azerbaijan: Blackmail Video Made Public"), details.getText());
        assertTrue(details.getText().contains("Foreign Policy Blogs"), details.getText());
        assertTrue(details.findElement(By.cssSelector(".claimed-by")).getText().contains("Ruslan Bashirli"));

        browser.waitIdle(); // the canvas made room for the evidence beside it, and fitted the graph again
        tap("ndi");
        browser.waitUntil("the tapped entity's details", () -> "National Democratic Institute".equals(
                browser.find("#embed-details-name").getText()));

        // the accessible table: every relationship, with its status and source
        var rows = browser.findAll("#embed-table tbody tr");
        assertEquals(view.get("edges").size(), rows.size());
        var row = browser.find("#embed-table tr[data-edge-id='" + LINK + "']");
        assertTrue(row.getAttribute("textContent").contains("alleged"));
        assertTrue(row.getAttribute("textContent").contains("Foreign Policy Blogs"));
        var open = browser.find("#open-in-tracegraph").getAttribute("href");
        assertTrue(open.contains("/?nodes=") && open.contains("ruslan-bashirli"), open);
    }

    @Test
    void the_embed_draws_its_links_its_badges_and_its_table_in_the_vocabulary_colours() {
        var view = VIEWS.createBashirliStory();
        browser.open("/embed/" + view.get("id").asText());
        browser.waitIdle();
        var vocabulary = Vocabulary.get();
        var edges = strings(browser.js("return cy.edges().map((e) => e.data('status') + ' ' + e.style('line-color'))"));
        assertFalse(edges.isEmpty());
        for (var edge : edges) {
            var status = edge.substring(0, edge.indexOf(' '));
            assertEquals(status + " " + rgb(vocabulary.term(Status.of(status).orElseThrow()).color()), edge);
        }
        // the table is written by the server, and coloured by the vocabulary's stylesheet alone
        var cells = strings(browser.js("""
                return [...document.querySelectorAll('#embed-table td.status')].map((td) =>
                  td.textContent + ' ' + getComputedStyle(td).color.replaceAll(' ', ''));"""));
        assertEquals(view.get("edges").size(), cells.size());
        for (var cell : cells) {
            var status = vocabulary.term(Status.of(cell.substring(0, cell.indexOf(' '))).orElseThrow());
            assertEquals(status.name() + " " + rgb(status.badge().ink()), cell);
        }
        tap(LINK);
        browser.waitUntil("the evidence of the tapped link", () -> browser.find("#embed-details").isDisplayed());
        var badge = strings(browser.js("""
                const s = getComputedStyle(document.querySelector('#embed-details .badge'));
                return [s.color.replaceAll(' ', ''), s.backgroundColor.replaceAll(' ', ''), s.borderTopStyle];"""));
        var alleged = vocabulary.term(Status.ALLEGED);
        assertEquals(List.of(rgb(alleged.badge().ink()), rgb(alleged.badge().background()), alleged.badge().border()), badge);
    }

    @Test
    void editing_the_graph_after_saving_leaves_the_embed_as_it_was_until_a_new_version_is_published() {
        var db = TestServer.server().database();
        var original = db.read("MATCH ()-[r {id: $id}]->() RETURN r.quote AS q", Map.of("id", LINK))
                .get(0).get("q").asString();
        var view = VIEWS.createBashirliStory();
        try {
            db.writeTransaction(tx -> tx.run("MATCH ()-[r {id: $id}]->() SET r.quote = 'EDITED AFTER SAVING'",
                    Map.of("id", LINK)).consume());
            openArticle(view.at("/links/iframe").asText());
            enterFrame(0);
            tap(LINK);
            browser.waitUntil("the evidence", () -> browser.find("#embed-details").isDisplayed());
            assertEquals("“" + original + "”", browser.find("#embed-details .quote").getText(), "the saved quote");

            var published = TestServer.editor().withHeader("If-Match", "\"1\"")
                    .post("/api/views/" + view.get("id").asText() + "/versions", "{\"note\": \"New quote\"}");
            assertEquals(201, published.status(), published::toString);
            browser.driver().switchTo().defaultContent();
            openArticle(view.at("/links/iframe").asText());
            enterFrame(0);
            tap(LINK);
            browser.waitUntil("the evidence", () -> browser.find("#embed-details").isDisplayed());
            assertEquals("“EDITED AFTER SAVING”", browser.find("#embed-details .quote").getText(),
                    "the embed follows the version the editor published");
        } finally {
            db.writeTransaction(tx -> tx.run("MATCH ()-[r {id: $id}]->() SET r.quote = $quote",
                    Map.of("id", LINK, "quote", original)).consume());
        }
    }

    @Test
    void the_embed_fits_frames_from_320_to_1200_pixels_wide() {
        var view = VIEWS.createBashirliStory();
        var src = view.at("/links/embed").asText();
        article = "<!doctype html><title>Article</title><body style='margin:0'>"
                + "<iframe src='" + src + "' width='320' height='560' style='border:0;display:block'></iframe>"
                + "<iframe src='" + src + "' width='1200' height='700' style='border:0;display:block'></iframe>";
        browser.driver().get(articleUrl());
        for (int frame = 0; frame < 2; frame++) {
            enterFrame(frame);
            browser.waitUntil("the graph fitted into the frame", () -> Boolean.TRUE.equals(browser.js("""
                    const box = window.cy.container().getBoundingClientRect();
                    const bb = window.cy.nodes().renderedBoundingBox();
                    return bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= box.width + 1 && bb.y2 <= box.height + 1;""")));
            assertEquals(Boolean.TRUE, browser.js(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                    "no sideways scrolling in frame " + frame);
            tap("ruslan-bashirli");
            browser.waitIdle();
            browser.waitUntil("details inside the frame", () -> Boolean.TRUE.equals(browser.js("""
                    const d = document.getElementById('embed-details');
                    if (d.hidden) return false;
                    const r = d.getBoundingClientRect();
                    return r.left >= 0 && r.right <= innerWidth + 1 && r.width > 150;""")));
            browser.driver().switchTo().defaultContent();
        }
    }

    @Test
    void the_explorer_refuses_to_be_framed_by_another_site() {
        expectedConsoleErrors.add(Pattern.compile("frame-ancestors 'none'|X-Frame-Options"));
        article = "<!doctype html><title>Article</title><iframe src='" + browser.base() + "/'></iframe>";
        browser.driver().get(articleUrl());
        browser.waitUntil("Chromium's refusal to show the explorer in the frame", () -> browser.console().stream()
                .anyMatch(e -> e.getMessage().contains("frame-ancestors 'none'") || e.getMessage().contains("X-Frame-Options")));
        var explorer = http.get("/");
        assertEquals("DENY", explorer.header("X-Frame-Options"));
        assertTrue(explorer.header("Content-Security-Policy").endsWith("frame-ancestors 'none'"),
                explorer.header("Content-Security-Policy"));
    }

    @Test
    void the_embed_page_and_everything_it_loads_weigh_less_than_600_kb_on_the_wire() {
        var view = VIEWS.createBashirliStory();
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.driver().get(view.at("/links/embed").asText());
        browser.waitIdle();
        var sizes = (List<?>) browser.js("""
                const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
                return entries.map(e => [e.name, e.transferSize, e.decodedBodySize]);""");
        long transfer = 0;
        long decoded = 0;
        for (var entry : sizes) {
            var values = (List<?>) entry;
            transfer += ((Number) values.get(1)).longValue();
            decoded += ((Number) values.get(2)).longValue();
        }
        assertTrue(sizes.stream().anyMatch(e -> String.valueOf(((List<?>) e).get(0)).contains("cytoscape.esm.min.mjs")),
                "Cytoscape was loaded: " + sizes);
        assertTrue(transfer > 50_000, "the transfer was measured (the cache was cleared): " + sizes);
        assertTrue(transfer < 600_000, "total transfer " + transfer + " bytes: " + sizes);
        assertTrue(transfer < decoded, "served compressed: " + transfer + " on the wire for " + decoded + " bytes");
    }

    @Test
    void in_the_explorer_save_view_asks_for_the_token_once_and_embed_gives_the_iframe_the_link_and_the_picture() {
        browser.open("/?focus=ruslan-bashirli");
        browser.js("sessionStorage.removeItem('tracegraph.editorToken'); sessionStorage.removeItem('tracegraph.lastView')");
        browser.find("#save-view").click();
        browser.waitUntil("the save dialog", () -> browser.find("#view-dialog").isDisplayed());
        var title = browser.find("#view-title");
        assertEquals("Ruslan Bashirli", title.getAttribute("value"), "the title starts as the focused entity");
        title.sendKeys(" and his ties");
        browser.find("#view-caption").sendKeys("Everyone the article ties to Bashirli.");
        assertTrue(browser.find("#view-token").isDisplayed(), "the token is asked for");
        browser.find("#view-token").sendKeys(TestServer.EDITOR_TOKEN);
        browser.find("#view-save").click();
        browser.waitUntil("the embed code", () -> browser.find("#embed-code").isDisplayed());

        var iframe = browser.find("#embed-iframe").getAttribute("value");
        var id = iframe.replaceFirst("(?s).*/embed/([a-z0-9-]+)\".*", "$1");
        VIEWS.remember(id);
        assertTrue(iframe.startsWith("<iframe src=\"" + browser.base() + "/embed/" + id + "\" width=\"800\" height=\"600\""), iframe);
        assertEquals(browser.base() + "/embed/" + id, browser.find("#embed-link").getAttribute("value"));
        assertTrue(browser.find("#embed-image").getAttribute("value").contains("/api/views/" + id + ".png"));
        var width = browser.find("#embed-width");
        width.clear();
        width.sendKeys("640");
        assertTrue(browser.find("#embed-iframe").getAttribute("value").contains(" width=\"640\""));

        var saved = http.get("/api/views/" + id).json();
        assertEquals("Ruslan Bashirli and his ties", saved.get("title").asText());
        var onCanvas = strings(browser.js("return window.cy.nodes(':visible').map(n => n.id()).sort()"));
        var inView = new java.util.TreeSet<String>();
        saved.get("nodes").forEach(n -> inView.add(n.get("id").asText()));
        assertEquals(onCanvas, List.copyOf(inView), "the view holds what the canvas shows");
        assertEquals(onCanvas.size(), saved.get("positions").size(), "with where each node sat");

        browser.find("#embed-close").click();
        browser.find("#save-view").click();
        browser.waitUntil("the save dialog again", () -> browser.find("#view-form").isDisplayed());
        assertTrue(!browser.find("#view-token").isDisplayed(), "the token is asked once per tab");
        browser.find("#view-as-version").click();
        browser.find("#view-save").click();
        browser.waitUntil("version 2", () -> browser.find("#embed-heading").getText().contains("version 2"));
        assertEquals(2, http.get("/api/views/" + id).json().get("version").asInt());
        browser.find("#embed-close").click();
        browser.find("#embed-view").click();
        browser.waitUntil("the embed code of the view saved last", () -> browser.find("#embed-code").isDisplayed());
        browser.find("#embed-close").click();
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    /** "#2563c9" as the browser computes it, without spaces (as Cytoscape.js writes it): "rgb(37,99,201)". */
    private static String rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (value >> 16) + "," + (value >> 8 & 0xff) + "," + (value & 0xff) + ")";
    }

    private static String articleUrl() {
        return "http://127.0.0.1:" + articleServer.getAddress().getPort() + "/article.html";
    }

    /** An article page on the other origin carrying {@code embedCode}, opened in the browser. */
    private static void openArticle(String embedCode) {
        article = "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>An article</title></head><body>"
                + "<h1>Azerbaijan: the Bashirli case</h1><p>Our reporting, and the graph behind it:</p>"
                + embedCode + "<p>The article goes on.</p></body></html>";
        browser.driver().get(articleUrl());
    }

    /** Switches into the n-th iframe of the page and waits until the embed has drawn its graph. */
    private static void enterFrame(int n) {
        browser.waitUntil("iframe " + n, () -> browser.findAll("iframe").size() > n);
        browser.driver().switchTo().frame(browser.findAll("iframe").get(n));
        browser.waitIdle();
    }

    /** Taps a node or a link on the embed's canvas, where it is drawn, with the mouse. */
    private static void tap(String id) {
        var offset = (List<?>) browser.js("""
                const cy = window.cy, ele = cy.getElementById(arguments[0]);
                const p = ele.isNode() ? ele.renderedPosition() : ele.renderedMidpoint();
                return [Math.round(p.x - cy.width() / 2), Math.round(p.y - cy.height() / 2)];""", id);
        browser.actions().moveToElement(browser.find("#cy"), ((Number) offset.get(0)).intValue(),
                ((Number) offset.get(1)).intValue()).click().perform();
    }

}
