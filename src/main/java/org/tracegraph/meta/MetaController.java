package org.tracegraph.meta;

import io.javalin.http.Context;
import java.util.Map;
import org.tracegraph.core.Vocabulary;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/** The state of the service, and the vocabulary of the graph: as JSON, and as the pages load it. */
public final class MetaController {
    /** Where the explorer and the embed load the vocabulary's look from (VocabularyAssets). */
    public static final String VOCABULARY_MODULE = VocabularyAssets.MODULE_PATH;
    public static final String VOCABULARY_STYLESHEET = VocabularyAssets.STYLESHEET_PATH;

    private final Database db;
    private final String neo4jMode;
    private final VocabularyAssets assets = new VocabularyAssets(Vocabulary.get());

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

    public void vocabularyModule(Context ctx) {
        serve(ctx, assets.module());
    }

    public void vocabularyStylesheet(Context ctx) {
        serve(ctx, assets.stylesheet());
    }

    /** A text that never changes while the server runs: revalidated by its ETag, answered 304 when unchanged. */
    private static void serve(Context ctx, VocabularyAssets.Asset asset) {
        ctx.header("Cache-Control", "no-cache").header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.contentType()).result(asset.body());
    }
}
