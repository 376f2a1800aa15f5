package org.tracegraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/** Names in any script, over real HTTP against the embedded Neo4j: Latin, Cyrillic and Azerbaijani. */
@ExtendWith(TestServer.class)
class CrossScriptSearchApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Http http = TestServer.http();
    private final Http editor = TestServer.editor();

    private JsonNode search(String query) {
        var response = http.get("/api/search?q=" + Http.encode(query) + "&limit=20");
        assertEquals(200, response.status(), response::toString);
        return response.json().get("results");
    }

    private static List<String> ids(JsonNode results) {
        var ids = new ArrayList<String>();
        results.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    private String create(String name) throws Exception {
        var id = "zz-script-" + UUID.randomUUID().toString().substring(0, 8);
        var created = editor.post("/api/entities", JSON.writeValueAsString(Map.of("id", id, "type", "Person", "name", name)));
        assertEquals(201, created.status(), created::toString);
        return id;
    }

    @Test
    void a_cyrillic_surname_finds_the_person_the_seed_spells_in_latin() {
        assertEquals("khadija-ismayilova", ids(search("Исмаилова")).get(0));
        assertEquals("khadija-ismayilova", ids(search("Хадиджа Исмаилова")).get(0));
        assertEquals("mammad-ibrahimli", ids(search("Ибрагимли")).get(0));
        assertEquals("ruslan-bashirli", ids(search("Руслан Баширли")).get(0));
        assertEquals("Khadija Ismailova", search("Исмаилова").get(0).get("matchedAlias").asText(),
                "says which spelling matched");
    }

    @Test
    void beshirli_and_bashirli_stay_one() {
        assertEquals("ruslan-bashirli", ids(search("Bəşirli")).get(0));
        assertEquals("ruslan-bashirli", ids(search("Bashirli")).get(0));
        assertEquals("ruslan-bashirli", ids(search("Баширли")).get(0));
    }

    @Test
    void an_entity_created_in_cyrillic_stores_its_latin_keys_and_is_found_in_latin_and_in_cyrillic() throws Exception {
        var id = create("Зейнаб Ханларова");
        var stored = TestServer.server().database().read("MATCH (n:Entity {id: $id}) RETURN n.nameKeys AS keys",
                Map.of("id", id)).get(0).get("keys").asList(v -> v.asString());
        assertEquals(List.of("zeynab khanlarova"), stored);
        assertTrue(ids(search("Khanlarova")).contains(id), "found in Latin");
        assertTrue(ids(search("Zeynab Khanlarova")).contains(id), "found in Latin, both words");
        assertEquals(id, ids(search("Ханларова")).get(0), "found as written");
        var entity = http.get("/api/entities/" + id);
        assertEquals(200, entity.status(), entity::toString);
        assertFalse(entity.body().contains("nameKeys"), "the keys are the index's, not a field: " + entity.body());

        var renamed = editor.withHeader("If-Match", "*").send("PATCH", "/api/entities/" + id,
                "application/merge-patch+json", "{\"aliases\": [\"Zeynəb Xanlarova\"]}");
        assertEquals(200, renamed.status(), renamed::toString);
        var keys = TestServer.server().database().read("MATCH (n:Entity {id: $id}) RETURN n.nameKeys AS keys",
                Map.of("id", id)).get(0).get("keys").asList(v -> v.asString());
        assertEquals(List.of("zeynab khanlarova", "zeynab xanlarova"), keys, "an edit computes them again");
    }

    @Test
    void a_match_in_the_script_typed_ranks_above_a_transliterated_one() throws Exception {
        var latin = create("Gulnara Rzayeva");
        var cyrillic = create("Гюльнара Рзаева");
        var inCyrillic = ids(search("Рзаева"));
        assertEquals(cyrillic, inCyrillic.get(0), inCyrillic::toString);
        assertTrue(inCyrillic.contains(latin), "the Latin spelling is found too: " + inCyrillic);
        var inLatin = ids(search("Rzayeva"));
        assertEquals(latin, inLatin.get(0), inLatin::toString);
        assertTrue(inLatin.contains(cyrillic), "the Cyrillic spelling is found too: " + inLatin);
    }

    @Test
    void mentions_are_found_in_any_script_with_their_offsets() throws Exception {
        var text = "Вчера Руслан Баширли встретил Ruslan Bəşirli.";
        var response = http.post("/api/mentions", JSON.writeValueAsString(Map.of("text", text)));
        assertEquals(200, response.status(), response::toString);
        var mentions = response.json().get("mentions");
        assertEquals(List.of("ruslan-bashirli", "ruslan-bashirli"), ids(mentions), mentions::toString);
        assertEquals("Руслан Баширли", mentions.get(0).get("text").asText());
        assertEquals("Ruslan Bəşirli", mentions.get(1).get("text").asText());
    }
}
