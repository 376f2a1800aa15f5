package org.tracegraph.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class MentionsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Http http = TestServer.http();

    private JsonNode find(String text) {
        try {
            var response = http.post("/api/mentions", JSON.writeValueAsString(Map.of("text", text)));
            assertEquals(200, response.status(), response::toString);
            return response.json().get("mentions");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(JsonNode mentions) {
        var ids = new ArrayList<String>();
        mentions.forEach(m -> ids.add(m.get("id").asText()));
        return ids;
    }

    @Test
    void names_and_aliases_are_found_in_any_case_and_spelling_with_their_offsets() {
        var text = "Yesterday XƏDİCƏ İSMAYILOVA spoke; later Khadija Ismailova met Ruslan Bashirly and people from Müsavat.";
        var mentions = find(text);
        assertEquals(List.of("khadija-ismayilova", "khadija-ismayilova", "ruslan-bashirli", "musavat"), ids(mentions),
                mentions::toString);
        for (var m : mentions) {
            assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
        }
        assertEquals("XƏDİCƏ İSMAYILOVA", mentions.get(0).get("text").asText());
        assertEquals("Person", mentions.get(0).get("type").asText());
        assertEquals("Khadija Ismayilova", mentions.get(0).get("name").asText());
    }

    @Test
    void sentences_naming_two_entities_come_with_their_cues_and_no_type_or_status() throws Exception {
        var text = "Mr. Ruslan Bashirli met NDI staff, according to Khadija Ismayilova. Musavat denied that Ruslan Bashirli ever worked with NDI.";
        var response = http.post("/api/mentions", JSON.writeValueAsString(Map.of("text", text))).json();
        var sentences = response.get("sentences");
        assertEquals(2, sentences.size(), sentences::toString);
        var first = sentences.get(0);
        assertEquals("Mr. Ruslan Bashirli met NDI staff, according to Khadija Ismayilova.",
                text.substring(first.get("start").asInt(), first.get("end").asInt()), "Mr. does not end the sentence");
        assertEquals("[\"ruslan-bashirli\",\"ndi\",\"khadija-ismayilova\"]", first.get("entities").toString());
        var cue = first.get("cues").get(0);
        assertEquals("according to", cue.get("text").asText());
        assertEquals("reported", cue.get("suggests").asText());
        assertEquals("khadija-ismayilova", cue.get("claimant").asText());
        var denial = sentences.get(1).get("cues").get(0);
        assertEquals("denial", denial.get("kind").asText());
        assertEquals("musavat", denial.get("claimant").asText());
        for (var s : sentences) {
            assertFalse(s.has("type") || s.has("status"), "the app proposes no type and no status: " + s);
        }
    }

    @Test
    void the_longest_name_wins_and_nothing_is_found_inside_a_longer_word() {
        var mentions = find("A reporter at Yeni Musavat said so. In India, the NDIs and Musavatists were absent.");
        assertEquals(List.of("yeni-musavat"), ids(mentions), mentions::toString);
        assertEquals("Yeni Musavat", mentions.get(0).get("text").asText());
    }

    @Test
    void offsets_count_utf16_units_as_javascript_does() {
        var text = "😀 NDI 😀 and RFE/RL";
        var mentions = find(text);
        assertEquals(List.of("ndi", "rfe-rl"), ids(mentions), mentions::toString);
        assertEquals(3, mentions.get(0).get("start").asInt());
        assertEquals("RFE/RL", mentions.get(1).get("text").asText());
    }

    @Test
    void a_text_without_known_names_has_no_mentions() {
        assertTrue(find("Nothing to see here, nobody at all.").isEmpty());
        assertTrue(find("").isEmpty());
    }

    @Test
    void bad_bodies_get_a_problem_naming_the_field() {
        assertEquals("text", assertProblem(http.post("/api/mentions", "{}"), 400).get("parameter").asText());
        assertEquals("text", assertProblem(http.post("/api/mentions", "{\"text\": 5}"), 400).get("parameter").asText());
        assertProblem(http.post("/api/mentions", "not json"), 400);
        assertFalse(http.post("/api/mentions", "{\"text\": \"" + "a ".repeat(100_001) + "\"}").status() < 400);
    }
}
