package org.tracegraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class SourcesApiTest {
    private static final String ARTICLE = "rahder-2012-azerbaijan-blackmail-video";
    private final Http http = TestServer.http();

    @Test
    void the_sources_list_names_every_document() {
        var sources = http.get("/api/sources").json().get("sources");
        var ids = new ArrayList<String>();
        sources.forEach(s -> ids.add(s.get("id").asText()));
        assertTrue(ids.contains(ARTICLE) && ids.contains("bashirli-letter-to-aliyev") && ids.contains("ismayilova-blackmail-video"));
        sources.forEach(s -> {
            assertEquals("Source", s.get("type").asText());
            assertTrue(s.hasNonNull("title"));
        });
    }

    @Test
    void a_source_lists_the_evidence_that_rests_on_it() {
        var source = http.get("/api/sources/" + ARTICLE).json();
        assertEquals("Foreign Policy Blogs", source.get("publisher").asText());
        assertEquals("2012-03", source.get("published").asText());
        assertTrue(source.get("edges").size() >= 100, "the article supports every relationship of the seed");
        source.get("edges").forEach(e -> assertEquals(ARTICLE, e.get("sources").get(0).get("id").asText()));
        assertEquals("/api/sources/" + ARTICLE + "/text", source.get("textUrl").asText());
    }

    @Test
    void the_full_text_of_a_held_source_is_served_and_contains_the_quotes() {
        var text = http.get("/api/sources/" + ARTICLE + "/text");
        assertEquals(200, text.status());
        assertTrue(text.contentType().startsWith("text/plain"));
        assertTrue(text.body().contains("Bashirli, a founding member of the Yeni Fekir (New Idea) youth group"));
        assertProblem(http.get("/api/sources/bashirli-letter-to-aliyev/text"), 404);
    }

    @Test
    void unknown_sources_get_404() {
        assertProblem(http.get("/api/sources/no-such-document"), 404);
        assertProblem(http.get("/api/sources/khadija-ismayilova"), 404);
    }
}
