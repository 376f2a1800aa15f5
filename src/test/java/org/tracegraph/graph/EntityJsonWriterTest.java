package org.tracegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.json.Json;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.support.TestServer;

/**
 * GET /api/entities/{id} writes its JSON straight from the driver's row; a write answers with the records Jackson
 * serialises. Both must be the same bytes, or an entity's ETag would change between a write and the next read.
 */
@ExtendWith(TestServer.class)
class EntityJsonWriterTest {
    @Test
    void the_streamed_answer_is_byte_for_byte_what_jackson_writes_for_every_entity_of_the_graph() throws Exception {
        var db = TestServer.server().database();
        var ids = db.read("MATCH (n:Entity) RETURN n.id AS id ORDER BY id", Map.of()).stream()
                .map(r -> r.get("id").asString()).toList();
        assertTrue(ids.size() > 20, "the seed's entities at least");
        int[] seen = new int[4]; // relationships, claimants, offsets, truncated answers
        for (var id : ids) {
            for (int limit : new int[] {500, 3}) {
                db.readTransaction(tx -> {
                    var row = tx.run(CypherFile.query("app/entity-with-relationships.cypher"),
                            Map.of("id", id, "limit", limit + 1)).single();
                    var records = EntityService.json(id, row, limit);
                    String expected;
                    try {
                        expected = Json.objectMapper().writeValueAsString(records);
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                    var streamed = new String(EntityJsonWriter.write(id, row, limit), StandardCharsets.UTF_8);
                    assertEquals(expected, streamed, id + " at limit " + limit);
                    for (var r : records.relationships()) {
                        seen[0]++;
                        if (r.edge().claimedBy() != null) seen[1]++;
                        if (r.edge().quoteOffsets() != null) seen[2]++;
                    }
                    if (records.relationshipsTruncated()) seen[3]++;
                    return null;
                });
            }
        }
        System.out.println("compared: " + java.util.Arrays.toString(seen));
        assertTrue(seen[0] > 0 && seen[1] > 0 && seen[3] > 0,
                "relationships, claimants and truncated answers were compared: " + java.util.Arrays.toString(seen));
    }
}
