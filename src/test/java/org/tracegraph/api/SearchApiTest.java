package org.tracegraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertBadParameter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class SearchApiTest {
    private final Http http = TestServer.http();

    private JsonNode search(String query) {
        var response = http.get("/api/search?q=" + Http.encode(query));
        assertEquals(200, response.status(), response::toString);
        return response.json().get("results");
    }

    private String firstId(String query) {
        var results = search(query);
        assertTrue(results.size() > 0, "no result for " + query);
        return results.get(0).get("id").asText();
    }

    @Test
    void search_folds_diacritics_and_case_so_every_spelling_finds_the_same_person() {
        assertEquals("khadija-ismayilova", firstId("İsmayılova"));
        assertEquals("khadija-ismayilova", firstId("ismayilova"));
        assertEquals("khadija-ismayilova", firstId("XƏDİCƏ"));
        assertEquals("ruslan-bashirli", firstId("Bəşirli"));
    }

    @Test
    void aliases_count_translations_transliterations_and_short_forms() {
        assertEquals("yeni-fekir", firstId("New Idea"));
        assertEquals("musavat", firstId("Müsavat"));
        assertEquals("ndi", firstId("National Democratic Institute"));
        var hit = search("Ismailova").get(0);
        assertEquals("khadija-ismayilova", hit.get("id").asText());
        assertEquals("Khadija Ismailova", hit.get("matchedAlias").asText(), "says which spelling matched");
    }

    @Test
    void a_misspelt_or_unfinished_name_still_finds_its_entity() {
        assertEquals("eynullah-fatullayev", firstId("Fatulayev"));
        assertEquals("mammad-ibrahimli", firstId("Ibrahim"));
    }

    @Test
    void results_come_best_first_with_their_type_and_score() {
        var results = search("Bashirli");
        assertEquals("ruslan-bashirli", results.get(0).get("id").asText(), "the person named so outranks documents about him");
        var scores = new ArrayList<Double>();
        results.forEach(r -> scores.add(r.get("score").asDouble()));
        var sorted = new ArrayList<>(scores);
        sorted.sort((a, b) -> Double.compare(b, a));
        assertEquals(sorted, scores);
        results.forEach(r -> assertTrue(List.of("Person", "Organisation", "Event", "Place", "Source")
                .contains(r.get("type").asText())));
    }

    @Test
    void type_and_limit_narrow_the_results() {
        var response = http.get("/api/search?q=Bashirli&type=event&limit=2");
        var results = response.json().get("results");
        assertEquals(2, results.size(), response::toString);
        results.forEach(r -> assertEquals("Event", r.get("type").asText()));
    }

    @Test
    void query_syntax_in_the_search_box_is_taken_as_words() {
        assertEquals(200, http.get("/api/search?q=" + Http.encode("NDI) OR name:* AND \"")).status());
        assertEquals(0, search("*").size());
    }

    @Test
    void bad_search_parameters_get_a_problem_naming_the_parameter() {
        assertBadParameter(http.get("/api/search"), "q");
        assertBadParameter(http.get("/api/search?q=%20"), "q");
        assertBadParameter(http.get("/api/search?q=x&type=spaceship"), "type");
        assertBadParameter(http.get("/api/search?q=x&limit=0"), "limit");
        assertBadParameter(http.get("/api/search?q=x&limit=many"), "limit");
        assertBadParameter(http.get("/api/search?q=" + "a".repeat(201)), "q");
    }
}
