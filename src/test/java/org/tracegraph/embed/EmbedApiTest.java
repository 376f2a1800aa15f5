package org.tracegraph.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertBadParameter;
import static org.tracegraph.support.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.App;
import org.tracegraph.AppContext;
import org.tracegraph.config.Settings;
import org.tracegraph.core.SettingsException;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;
import org.w3c.dom.Element;

/** The embed page as a browser receives it, oEmbed, the static pictures, and who may frame what. */
@ExtendWith(TestServer.class)
class EmbedApiTest {
    private static final Views VIEWS = new Views();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Http http = TestServer.http();

    @AfterAll
    static void removeViews() {
        VIEWS.deleteAll();
    }

    @Test
    void the_embed_page_carries_the_oembed_link_the_static_picture_and_a_table_of_the_relationships() {
        var view = VIEWS.createBashirliStory();
        var id = view.get("id").asText();
        var page = http.get("/embed/" + id);
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.contentType().startsWith("text/html"));
        var html = page.body();
        var oembed = http.base() + "/api/oembed?url=" + Http.encode(http.base() + "/embed/" + id) + "&amp;format=json";
        assertTrue(html.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + oembed + "\""), html);
        assertTrue(html.contains("<noscript>"));
        assertTrue(html.contains("<img class=\"embed-fallback\" src=\"" + http.base() + "/api/views/" + id + ".png?v=1\""));
        for (var edge : view.get("edges")) {
            assertTrue(html.contains("<tr data-edge-id=\"" + edge.get("id").asText() + "\" data-status=\""
                    + edge.get("status").asText() + "\">"), "a table row for " + edge.get("id"));
        }
        assertTrue(html.contains("<cite>Azerbaijan: Blackmail Video Made Public"));
        assertTrue(html.contains("Graphic: Tracegraph test desk"));
        assertTrue(html.contains("id=\"open-in-tracegraph\" href=\"" + http.base() + "/?nodes="));
        assertFalse(html.contains("{{"), "every slot of the template is filled");
    }

    @Test
    void each_quote_in_the_embed_says_that_it_was_found_in_the_source_s_text() {
        var view = VIEWS.createBashirliStory();
        var html = http.get("/embed/" + view.get("id").asText() + "?v=1").body();
        assertTrue(html.contains("<span class=\"quote-check verified\">"), html);
        assertFalse(html.contains("quote-check unchecked"), "every seed quote is checked against the article's text");
    }

    @Test
    void names_and_quotes_with_markup_are_text_in_the_page_the_svg_and_the_data() {
        var pair = VIEWS.ownPair("markup");
        var view = VIEWS.create(Map.of("title", "A <b>bold</b> & \"quoted\" title </script>",
                "nodeIds", List.of(pair.get("from"), pair.get("to")), "caption", "<img src=x onerror=alert(1)>"));
        var html = http.get("/embed/" + view.get("id").asText()).body();
        assertFalse(html.contains("<b>bold</b>"));
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains("A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title &lt;/script&gt;"));
        assertEquals(html.split("<script", -1).length, html.split("</script>", -1).length,
                "every </script> closes one of the page's own script elements");
        assertTrue(html.contains("Test Person \\u003cA\\u003e \\u0026 Co"), "the data escapes markup characters");
        var svg = http.get("/api/views/" + view.get("id").asText() + ".svg").body();
        assertTrue(svg.contains("Test Person &lt;A&gt; &amp; Co"));
        assertEquals("Test Person <A> & Co", svgTexts(svg).stream().filter(t -> t.startsWith("Test Person <"))
                .findFirst().orElseThrow());
    }

    @Test
    void the_svg_parses_as_xml_and_names_the_entities_the_statuses_and_the_sources() {
        var view = VIEWS.createBashirliStory();
        var response = http.get("/api/views/" + view.get("id").asText() + ".svg?v=1");
        assertEquals(200, response.status(), response::toString);
        assertTrue(response.contentType().startsWith("image/svg+xml"));
        var texts = svgTexts(response.body());
        assertTrue(texts.contains("Ruslan Bashirli and NDI"), texts::toString);
        assertTrue(texts.contains("Ruslan Bashirli"), texts::toString);
        assertTrue(texts.contains("Yeni Fekir"), texts::toString);
        assertTrue(texts.containsAll(List.of("Person", "Organisation", "alleged", "confirmed")), "legend: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Sources: Azerbaijan: Blackmail Video")), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.contains("Graphic: Tracegraph test desk")), texts::toString);
    }

    @Test
    void the_png_is_drawn_on_the_server_at_1200_by_630_or_at_the_width_asked() throws IOException {
        var id = VIEWS.createBashirliStory().get("id").asText();
        var png = bytes("/api/views/" + id + ".png");
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        var small = ImageIO.read(new ByteArrayInputStream(bytes("/api/views/" + id + ".png?v=1&width=600").body()));
        assertEquals(600, small.getWidth());
        assertEquals(315, small.getHeight());
        assertBadParameter(http.get("/api/views/" + id + ".png?width=5"), "width");
    }

    @Test
    void oembed_describes_an_embed_as_rich_json_with_the_iframe_and_the_picture() {
        var id = VIEWS.createBashirliStory().get("id").asText();
        var url = http.base() + "/embed/" + id;
        var response = http.get("/api/oembed?format=json&url=" + Http.encode(url));
        assertEquals(200, response.status(), response::toString);
        assertTrue(response.contentType().startsWith("application/json"));
        var o = response.json();
        assertEquals("rich", o.get("type").asText());
        assertEquals("1.0", o.get("version").asText());
        assertEquals("Ruslan Bashirli and NDI", o.get("title").asText());
        assertEquals("Tracegraph", o.get("provider_name").asText());
        assertEquals(http.base() + "/", o.get("provider_url").asText());
        assertEquals(800, o.get("width").asInt());
        assertEquals(600, o.get("height").asInt());
        assertTrue(o.get("html").asText().startsWith("<iframe src=\"" + url + "\" width=\"800\" height=\"600\""), o::toString);
        assertEquals(http.base() + "/api/views/" + id + ".png?v=1", o.get("thumbnail_url").asText());
        assertEquals(1200, o.get("thumbnail_width").asInt());
        assertEquals(630, o.get("thumbnail_height").asInt());

        var narrow = http.get("/api/oembed?url=" + Http.encode(http.base() + "/api/views/" + id + "?v=1")
                + "&maxwidth=400&maxheight=300").json();
        assertEquals(400, narrow.get("width").asInt());
        assertEquals(300, narrow.get("height").asInt());
        assertTrue(narrow.get("html").asText().contains("/embed/" + id + "?v=1\""), "a numbered version stays pinned");
        assertTrue(narrow.get("thumbnail_width").asInt() <= 400 && narrow.get("thumbnail_height").asInt() <= 300);
        var thumb = bytes(narrow.get("thumbnail_url").asText().substring(http.base().length()));
        assertEquals(200, thumb.statusCode());
    }

    @Test
    void oembed_answers_404_for_an_unknown_view_501_for_xml_and_400_for_an_address_elsewhere() {
        assertProblem(http.get("/api/oembed?url=" + Http.encode(http.base() + "/embed/no-such-view-abcdef")), 404);
        var id = VIEWS.createBashirliStory().get("id").asText();
        assertProblem(http.get("/api/oembed?format=xml&url=" + Http.encode(http.base() + "/embed/" + id)), 501);
        assertBadParameter(http.get("/api/oembed?url=" + Http.encode("https://elsewhere.example/embed/" + id)), "url");
        assertBadParameter(http.get("/api/oembed?url=" + Http.encode(http.base() + "/sources/" + id)), "url");
        assertBadParameter(http.get("/api/oembed?url=" + Http.encode("javascript:alert(1)")), "url");
        assertBadParameter(http.get("/api/oembed"), "url");
        assertBadParameter(http.get("/api/oembed?format=yaml&url=" + Http.encode(http.base() + "/embed/" + id)), "format");
    }

    @Test
    void only_the_embed_may_be_framed_by_other_sites() {
        var id = VIEWS.createBashirliStory().get("id").asText();
        var embed = http.get("/embed/" + id);
        assertTrue(embed.header("Content-Security-Policy").endsWith("frame-ancestors *"), embed.header("Content-Security-Policy"));
        assertNull(embed.header("X-Frame-Options"));
        for (var path : List.of("/", "/explorer/main.js", "/api/health", "/api/views/" + id, "/docs/", "/problems/")) {
            var response = http.get(path);
            assertEquals("DENY", response.header("X-Frame-Options"), path);
            assertTrue(response.header("Content-Security-Policy").endsWith("frame-ancestors 'none'"), path);
        }
    }

    @Test
    void embed_allowed_origins_become_the_frame_ancestors_of_the_embed() {
        var id = VIEWS.createBashirliStory().get("id").asText();
        var settings = Settings.fromEnvironment(Map.of("EMBED_ALLOWED_ORIGINS", "https://news.example, https://*.news.example",
                "PUBLIC_URL", "https://graph.news.example/"));
        var context = new AppContext(TestServer.server().database(), "embedded", "unused", Duration.ofSeconds(10), 5000,
                new EmbedSettings(settings.embedAllowedOrigins(), settings.publicUrl()));
        var app = App.create(context).start(0);
        try {
            var other = new Http("http://localhost:" + app.port());
            var page = other.get("/embed/" + id);
            assertTrue(page.header("Content-Security-Policy").endsWith("frame-ancestors https://news.example https://*.news.example"),
                    page.header("Content-Security-Policy"));
            assertTrue(page.body().contains("href=\"https://graph.news.example/api/oembed?url="), "PUBLIC_URL in the links");
            var oembed = other.get("/api/oembed?url=" + Http.encode("https://graph.news.example/embed/" + id));
            assertEquals(200, oembed.status(), oembed::toString);
        } finally {
            app.stop();
        }
    }

    @Test
    void a_bad_embed_setting_stops_the_start_with_one_sentence_naming_it() {
        var e = assertThrows(SettingsException.class,
                () -> Settings.fromEnvironment(Map.of("EMBED_ALLOWED_ORIGINS", "news.example/path")));
        assertTrue(e.getMessage().startsWith("EMBED_ALLOWED_ORIGINS must list origins"), e.getMessage());
        assertThrows(SettingsException.class, () -> Settings.fromEnvironment(Map.of("EMBED_ALLOWED_ORIGINS", "'none'; script-src *")));
        assertThrows(SettingsException.class, () -> Settings.fromEnvironment(Map.of("PUBLIC_URL", "graph.news.example")));
        var defaults = Settings.fromEnvironment(Map.of());
        assertEquals(List.of("*"), defaults.embedAllowedOrigins());
        assertEquals(Optional.empty(), defaults.publicUrl());
    }

    private HttpResponse<byte[]> bytes(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(http.base() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of every {@code <text>} and {@code <title>} of an SVG, parsed as XML (which fails if it is not well-formed). */
    private static List<String> svgTexts(String svg) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals("svg", doc.getDocumentElement().getLocalName());
            var texts = new java.util.ArrayList<String>();
            for (var tag : List.of("title", "text")) {
                var nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
                for (int i = 0; i < nodes.getLength(); i++) texts.add(((Element) nodes.item(i)).getTextContent());
            }
            return texts;
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
        }
    }
}
