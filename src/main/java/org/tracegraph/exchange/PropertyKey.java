package org.tracegraph.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A property name and the kind of value it holds across the exported elements, for formats that declare
 * their columns first (GraphML keys, CSV headers). {@code kind}: string, boolean, long, double or list
 * (a list of strings, written as one cell where the format has no lists).
 */
public record PropertyKey(String name, String kind) {
    /** From the Cypher value types Neo4j reports for one key ({@code valueType()}: "BOOLEAN NOT NULL"...). */
    static PropertyKey of(String name, Collection<String> cypherTypes) {
        var kinds = cypherTypes.stream().map(t -> t.replace(" NOT NULL", "")).distinct().toList();
        String kind;
        if (kinds.stream().allMatch(t -> t.startsWith("LIST"))) kind = "list";
        else if (kinds.equals(List.of("BOOLEAN"))) kind = "boolean";
        else if (kinds.equals(List.of("INTEGER"))) kind = "long";
        else if (kinds.stream().allMatch(t -> t.equals("INTEGER") || t.equals("FLOAT"))) kind = "double";
        else kind = "string";
        return new PropertyKey(name, kind);
    }

    /** The keys in the order a reader expects: the model's own first, then the rest by name. */
    static List<PropertyKey> ordered(Map<String, PropertyKey> keys, List<String> preferred) {
        var first = preferred.stream().filter(keys::containsKey).map(keys::get);
        var rest = keys.values().stream().filter(k -> !preferred.contains(k.name()))
                .sorted(java.util.Comparator.comparing(PropertyKey::name));
        return java.util.stream.Stream.concat(first, rest).toList();
    }
}
