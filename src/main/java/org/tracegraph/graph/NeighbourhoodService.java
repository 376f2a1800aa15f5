package org.tracegraph.graph;

import org.tracegraph.core.ProblemException;
import org.tracegraph.neo4j.Database;

/** The neighbourhood of an entity as graph JSON: {@link NeighbourhoodWalk}, mapped. */
public final class NeighbourhoodService {
    private final Database db;

    public NeighbourhoodService(Database db) {
        this.db = db;
    }

    /**
     * Depth 1 is paged: {@code limit} direct neighbours from {@code offset} on, with {@code nextOffset} set
     * while more remain, so that a hub is shown 25 at a time. Deeper walks are not paged. An id merged into
     * another entity answers with the survivor's id ({@link Redirects}).
     */
    public Resolved<NeighbourhoodJson> neighbourhood(String id, int depth, int limit, int offset) {
        if (offset > 0 && depth > 1) {
            throw ProblemException.badParameter("offset", "offset pages the direct neighbours: use it with depth=1");
        }
        return db.readTransaction(tx -> Redirects.foundOrSurvivor(tx, id,
                NeighbourhoodWalk.walk(tx, id, depth, limit, offset).map(walked -> {
                    var graph = new GraphBuilder();
                    walked.entities().forEach(e -> graph.add(e.node(), e.degree()));
                    walked.relationships().forEach(graph::add);
                    var built = graph.build(tx);
                    return new NeighbourhoodJson(id, depth, built.nodes(), built.edges(), walked.truncated(),
                            depth == 1 ? offset : 0, walked.nextOffset());
                })));
    }
}
