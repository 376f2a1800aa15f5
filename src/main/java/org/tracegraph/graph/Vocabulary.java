package org.tracegraph.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The documented words of the graph: entity types, relationship types with the verb that turns a hop into a
 * sentence, and the epistemic statuses. Kept as data in {@code vocabulary.json}, served to the explorer.
 */
public record Vocabulary(List<Term> entityTypes, List<RelationshipType> relationshipTypes, List<Term> statuses) {

    public record Term(String name, String description) {
    }

    public record RelationshipType(String name, String verb, String description) {
    }

    private static final Vocabulary INSTANCE = load();
    private static final Map<String, String> VERBS = INSTANCE.relationshipTypes().stream()
            .collect(Collectors.toMap(RelationshipType::name, RelationshipType::verb));

    public static Vocabulary get() {
        return INSTANCE;
    }

    /** "MEMBER_OF" → "is a member of"; a type not in the vocabulary reads as its own words. */
    public static String verb(String type) {
        return VERBS.getOrDefault(type, type.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private static Vocabulary load() {
        try (var in = Vocabulary.class.getClassLoader().getResourceAsStream("vocabulary.json")) {
            if (in == null) throw new IllegalStateException("vocabulary.json is missing from the class path");
            return new ObjectMapper().readValue(in, Vocabulary.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
