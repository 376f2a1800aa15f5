package org.tracegraph.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The five kinds of entity. Each is a node label beside {@code Entity}, and the {@code type} of a node in the
 * API's JSON. Their words and their look are in {@code vocabulary.json}; {@link Vocabulary} refuses a file
 * whose entity types are not these, in this order.
 */
public enum EntityType {
    PERSON, ORGANISATION, EVENT, PLACE, SOURCE;

    private static final List<String> LABELS = Arrays.stream(values()).map(EntityType::label).toList();

    /** The node label and the API's word: "Person", "Organisation"... */
    public String label() {
        var name = name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Every type's label, in the vocabulary's order. */
    public static List<String> labels() {
        return LABELS;
    }

    /** The type whose label is exactly {@code label}. */
    public static Optional<EntityType> of(String label) {
        return Arrays.stream(values()).filter(t -> t.label().equals(label)).findFirst();
    }

    /** The type whose label is {@code label} in any case: "person", "PERSON". */
    public static Optional<EntityType> ofIgnoringCase(String label) {
        return Arrays.stream(values()).filter(t -> t.label().equalsIgnoreCase(label)).findFirst();
    }
}
