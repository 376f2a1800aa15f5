package org.tracegraph.meta;

import io.javalin.http.Context;
import java.util.Map;
import org.tracegraph.core.Vocabulary;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/** The state of the service, and the vocabulary of the graph. */
public final class MetaController {
    private final Database db;
    private final String neo4jMode;

    public MetaController(Database db, String neo4jMode) {
        this.db = db;
        this.neo4jMode = neo4jMode;
    }

    public record Health(String status, String neo4j, String database, long entities) {
    }

    /** 200 when the graph answers a query; a 503 problem (from the error mapping) when it does not. */
    public void health(Context ctx) {
        long entities = db.read(CypherFile.query("app/count-entities.cypher"), Map.of())
                .get(0).get("entities").asLong();
        ctx.json(new Health("ok", neo4jMode, db.name(), entities));
    }

    public void vocabulary(Context ctx) {
        ctx.json(Vocabulary.get());
    }
}
