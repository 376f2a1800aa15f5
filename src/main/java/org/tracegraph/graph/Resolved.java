package org.tracegraph.graph;

/**
 * What a read of one id found: the answer, or, when the id belonged to an entity merged into another, the
 * survivor's id (the answer is then the survivor's, at its own address: the controller redirects there).
 */
public record Resolved<T>(T answer, String survivor) {

    public static <T> Resolved<T> found(T answer) {
        return new Resolved<>(answer, null);
    }

    public static <T> Resolved<T> merged(String survivor) {
        return new Resolved<>(null, survivor);
    }

    public boolean moved() {
        return survivor != null;
    }
}
