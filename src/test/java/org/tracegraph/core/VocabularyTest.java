package org.tracegraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** vocabulary.json, the one place the words and the look are written, agrees with the enums the code uses. */
class VocabularyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_shipped_vocabulary_lists_the_entity_types_and_the_statuses_of_the_enums_in_their_order() {
        var vocabulary = Vocabulary.get();
        assertEquals(EntityType.labels(), vocabulary.entityTypes().stream().map(Vocabulary.EntityTypeTerm::name).toList());
        assertEquals(Status.words(), vocabulary.statuses().stream().map(Vocabulary.StatusTerm::name).toList());
        assertEquals(List.of("Person", "Organisation", "Event", "Place", "Source"), EntityType.labels());
        for (var type : EntityType.values()) assertEquals(type.label(), vocabulary.term(type).name());
        for (var status : Status.values()) assertEquals(status.word(), vocabulary.term(status).name());
    }

    @Test
    void statuses_are_listed_strongest_first_from_confirmed_5_to_denied_0() {
        var strengths = Status.words().stream().map(Status::strengthOf).toList();
        assertEquals(List.of(5, 4, 3, 2, 1, 0), strengths);
        assertEquals(5, Status.maxStrength());
        assertEquals(0, Status.strengthOf("unheard-of"), "an unknown status counts as nothing");
        assertEquals(0, Status.strengthOf(null));
    }

    @Test
    void every_type_and_status_has_its_whole_look() {
        var vocabulary = Vocabulary.get();
        assertEquals(List.of(), vocabulary.problems());
        for (var type : vocabulary.entityTypes()) {
            assertTrue(type.color().matches("#[0-9a-f]{6}"), type.name());
            assertTrue(Vocabulary.GLYPHS.contains(type.glyph()), type.name());
        }
        for (var status : vocabulary.statuses()) {
            assertTrue(status.color().matches("#[0-9a-f]{6}"), status.name());
            assertTrue(status.badge().ink().matches("#[0-9a-f]{6}"), status.name());
            assertTrue(status.badge().background().matches("#[0-9a-f]{6}"), status.name());
            assertTrue(!status.label().isBlank(), status.name());
        }
        assertEquals(null, vocabulary.term(Status.CONFIRMED).dash(), "confirmed is a solid line");
        assertTrue(vocabulary.term(Status.DENIED).struck(), "denied is struck through");
        assertEquals(List.of(Status.DENIED.word()), vocabulary.statuses().stream().filter(Vocabulary.StatusTerm::struck)
                .map(Vocabulary.StatusTerm::name).toList());
    }

    @Test
    void a_vocabulary_whose_statuses_disagree_with_the_enum_is_refused() throws IOException {
        var file = shipped();
        var statuses = (com.fasterxml.jackson.databind.node.ArrayNode) file.get("statuses");
        var first = statuses.remove(0);
        statuses.add(first);
        var error = assertThrows(IllegalStateException.class, () -> read(file));
        assertTrue(error.getMessage().contains("statuses must be [confirmed, reported"), error.getMessage());
    }

    @Test
    void a_vocabulary_with_an_entity_type_the_enum_does_not_know_is_refused() throws IOException {
        var file = shipped();
        ((ObjectNode) file.get("entityTypes").get(1)).put("name", "Organization");
        var error = assertThrows(IllegalStateException.class, () -> read(file));
        assertTrue(error.getMessage().contains("entityTypes must be [Person, Organisation"), error.getMessage());
    }

    @Test
    void a_status_without_a_colour_or_a_badge_and_a_type_with_an_unknown_glyph_are_refused_each_by_name() throws IOException {
        var file = shipped();
        ((ObjectNode) file.get("statuses").get(2)).remove("color");
        ((ObjectNode) file.get("statuses").get(4)).remove("badge");
        ((ObjectNode) file.get("entityTypes").get(3)).put("glyph", "star");
        var error = assertThrows(IllegalStateException.class, () -> read(file));
        var problems = new ArrayList<>(List.of(error.getMessage().split("; ")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("status alleged color")), error.getMessage());
        assertTrue(problems.stream().anyMatch(p -> p.contains("status rumour has no badge")), error.getMessage());
        assertTrue(problems.stream().anyMatch(p -> p.contains("entity type Place glyph")), error.getMessage());
    }

    @Test
    void the_api_description_names_the_same_statuses_and_entity_types() throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream("openapi.json")) {
            var schemas = JSON.readTree(in).at("/components/schemas");
            var statuses = new ArrayList<String>();
            schemas.at("/Status/enum").forEach(s -> statuses.add(s.asText()));
            assertEquals(Status.words(), statuses);
            var types = new ArrayList<String>();
            schemas.at("/EntityType/enum").forEach(s -> types.add(s.asText()));
            var known = new ArrayList<>(EntityType.labels());
            known.add("Entity");
            assertEquals(known, types, "the five types, and Entity for a node of none of them");
        }
    }

    private static ObjectNode shipped() throws IOException {
        try (var in = Vocabulary.class.getClassLoader().getResourceAsStream("vocabulary.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static Vocabulary read(ObjectNode file) throws IOException {
        return Vocabulary.read(new ByteArrayInputStream(JSON.writeValueAsBytes(file)));
    }
}
