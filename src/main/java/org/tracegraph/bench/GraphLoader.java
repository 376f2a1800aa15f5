package org.tracegraph.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracegraph.json.Json;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/**
 * Loads graph JSON straight into Neo4j in batches, with the seed's own statements (MERGE on id). A stand-in
 * until the benchmark loads through the importer; it counts relationships per second the same way.
 */
final class GraphLoader {
    private static final int BATCH = 10_000;
    private static final String NODES = CypherFile.query("app/load-nodes.cypher");
    private static final String RELATIONSHIPS = CypherFile.query("app/load-relationships.cypher");

    private GraphLoader() {
    }

    record Loaded(long nodes, long relationships, double relationshipSeconds) {
    }

    static Loaded load(Database db, InputStream in) throws IOException {
        long nodes = 0;
        long relationships = 0;
        long relStart = 0;
        try (JsonParser parser = Json.objectMapper().getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) throw new IOException("not graph JSON");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                var field = parser.currentName();
                parser.nextToken();
                if (field.equals("nodes") || field.equals("edges")) {
                    boolean edges = field.equals("edges");
                    if (edges) relStart = System.nanoTime();
                    var rows = new ArrayList<Map<String, Object>>();
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode element = Json.objectMapper().readTree(parser);
                        rows.add(edges ? relationshipRow(element) : nodeRow(element));
                        if (rows.size() == BATCH) {
                            write(db, edges ? RELATIONSHIPS : NODES, rows);
                            rows.clear();
                        }
                        if (edges) relationships++; else nodes++;
                    }
                    write(db, edges ? RELATIONSHIPS : NODES, rows);
                } else {
                    parser.skipChildren();
                }
            }
        }
        return new Loaded(nodes, relationships, (System.nanoTime() - relStart) / 1e9);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nodeRow(JsonNode node) {
        Map<String, Object> properties = Json.objectMapper().convertValue(node, Map.class);
        var label = (String) properties.remove("type");
        return Map.of("id", properties.get("id"), "label", label, "properties", properties);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> relationshipRow(JsonNode edge) {
        Map<String, Object> properties = new HashMap<>(Json.objectMapper().convertValue(edge, Map.class));
        var from = properties.remove("source");
        var to = properties.remove("target");
        var type = properties.remove("type");
        properties.remove("sources");
        return Map.of("from", from, "to", to, "type", type, "id", properties.get("id"), "properties", properties);
    }

    private static void write(Database db, String statement, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) return;
        var copy = List.copyOf(rows);
        db.writeTransaction(tx -> tx.run(statement, Map.of("rows", copy)).consume());
    }
}
