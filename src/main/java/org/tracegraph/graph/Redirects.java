package org.tracegraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.SimpleQueryRunner;
import org.tracegraph.core.ProblemException;
import org.tracegraph.neo4j.CypherFile;

/**
 * The one rule for merged ids: an entity merged into another leaves its id behind as a redirect, and that id
 * stands for the survivor wherever an id is read (an entity, its neighbourhood, paths, a set of entities, a saved
 * view's entities). Services ask inside the transaction they read in, and only after an id was not found, so
 * a graph without merges pays nothing; whether the answer is a redirect or inline is the controller's choice.
 */
public final class Redirects {
    private Redirects() {
    }

    /** The survivor {@code id} was merged into, if it was. */
    public static Optional<String> survivor(SimpleQueryRunner tx, String id) {
        return Optional.ofNullable(survivors(tx, List.of(id)).get(id));
    }

    /** The survivors of the given ids, by old id; ids never merged are absent. */
    public static Map<String, String> survivors(SimpleQueryRunner tx, Collection<String> ids) {
        var targets = new HashMap<String, String>();
        if (ids.isEmpty()) return targets;
        tx.run(CypherFile.query("app/curation/redirect-target.cypher"), Map.of("ids", List.copyOf(ids)))
                .forEachRemaining(row -> targets.put(row.get("from").asString(), row.get("to").asString()));
        return targets;
    }

    /**
     * {@code answer} when there is one; else the survivor {@code id} was merged into; else a 404 naming the
     * entity: how a read of one entity's id resolves.
     */
    public static <T> Resolved<T> foundOrSurvivor(SimpleQueryRunner tx, String id, Optional<T> answer) {
        if (answer.isPresent()) return Resolved.found(answer.get());
        return survivor(tx, id).map(Resolved::<T>merged).orElseThrow(() -> ProblemException.notFound("entity", id));
    }

    /** {@code ids} with each merged id replaced by its survivor, in their order, each once. */
    public static List<String> resolve(List<String> ids, Map<String, String> survivors) {
        return ids.stream().map(id -> survivors.getOrDefault(id, id)).distinct().toList();
    }
}
