package org.tracegraph.sources;

import org.tracegraph.core.ProblemType;

import java.util.Map;
import org.tracegraph.graph.GraphBuilder;
import org.tracegraph.core.ProblemException;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/** The documents behind the graph, and the relationships each one supports. */
public final class SourceService {
    private final Database db;

    public SourceService(Database db) {
        this.db = db;
    }

    public SourceJson.Sources sources(int limit) {
        var rows = db.read(CypherFile.query("app/sources.cypher"), Map.of("limit", limit + 1));
        var sources = rows.stream().limit(limit).map(row -> {
            var node = GraphBuilder.node(row.get("s").asNode(), row.get("degree").asLong());
            return new SourceJson(node, textUrl(row.get("s").asNode()), null, null, null);
        }).toList();
        return new SourceJson.Sources(sources, rows.size() > limit);
    }

    public SourceJson source(String id, int limit) {
        return db.readTransaction(tx -> {
            var found = tx.run(CypherFile.query("app/source.cypher"), Map.of("id", id)).list();
            if (found.isEmpty()) throw ProblemException.notFound("source", id);
            var node = found.get(0).get("s").asNode();
            var source = GraphBuilder.node(node, found.get(0).get("degree").asLong());
            var graph = new GraphBuilder();
            var rows = tx.run(CypherFile.query("app/source-evidence.cypher"), Map.of("id", id, "limit", limit + 1))
                    .list();
            rows.stream().limit(limit).forEach(row -> graph
                    .add(row.get("a").asNode(), row.get("aDegree").asLong())
                    .add(row.get("b").asNode(), row.get("bDegree").asLong())
                    .add(row.get("r").asRelationship()));
            var built = graph.build(tx);
            return new SourceJson(source, textUrl(node), built.nodes(), built.edges(), rows.size() > limit);
        });
    }

    /** The full text of a source, where Tracegraph holds it (the Source's {@code text}). */
    public String text(String id) {
        var rows = db.read(CypherFile.query("app/evidence/source-text.cypher"), Map.of("id", id));
        if (rows.isEmpty()) throw ProblemException.notFound("source", id);
        var text = rows.get(0).get("text");
        if (text.isNull()) {
            throw ProblemType.NOT_FOUND.exception("Tracegraph does not hold the text of the source '" + id
                    + "'; its publisher may. An editor can add it: PUT /api/sources/" + id + "/text");
        }
        return text.asString();
    }

    private static String textUrl(org.neo4j.driver.types.Node source) {
        return source.get("text").isNull() ? null : "/api/sources/" + GraphBuilder.entityId(source) + "/text";
    }
}
