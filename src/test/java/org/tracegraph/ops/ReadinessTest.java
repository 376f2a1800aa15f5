package org.tracegraph.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;
import org.tracegraph.neo4j.CypherFile;

/**
 * How /readyz judges what SHOW INDEXES answers: a populating index after an offline load takes minutes at a
 * million entities, more than a test can wait for, so the judgement is checked on such answers here and on the
 * real database in ProbesApiTest.
 */
class ReadinessTest {
    private static final Set<String> SCHEMA = Set.of("entity_id", "entity_text");

    @Test
    void the_schemas_names_are_read_from_schema_cypher() {
        var names = Readiness.schemaNames(CypherFile.statements("schema.cypher"));
        assertTrue(names.containsAll(List.of("entity_id", "entity_text", "relationship_refs", "event_date")), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.equalsIgnoreCase("IF") || n.equalsIgnoreCase("FOR")), names.toString());
    }

    @Test
    void an_index_still_populating_is_named_with_how_far_along_it_is() {
        var e = assertThrows(ProblemException.class, () -> Readiness.judge(SCHEMA, List.of(
                new Readiness.IndexState("entity_id", "RANGE", "ONLINE", 100),
                new Readiness.IndexState("entity_text", "FULLTEXT", "POPULATING", 42.5))));
        assertEquals(503, e.problem().status());
        assertEquals(ProblemType.NOT_READY.uri(), e.problem().type());
        assertTrue(e.problem().detail().contains("entity_text (fulltext) is POPULATING at 42.5%"), e.problem().detail());
    }

    @Test
    void a_missing_schema_index_or_a_failed_one_is_not_ready_either() {
        var missing = assertThrows(ProblemException.class, () -> Readiness.judge(SCHEMA, List.of(
                new Readiness.IndexState("entity_id", "RANGE", "ONLINE", 100))));
        assertTrue(missing.problem().detail().contains("entity_text missing"), missing.problem().detail());
        var failed = assertThrows(ProblemException.class, () -> Readiness.judge(SCHEMA, List.of(
                new Readiness.IndexState("entity_id", "RANGE", "FAILED", 0),
                new Readiness.IndexState("entity_text", "FULLTEXT", "ONLINE", 100))));
        assertTrue(failed.problem().detail().contains("entity_id (range) is FAILED"), failed.problem().detail());
    }

    @Test
    void every_index_online_and_the_schema_there_is_ready() {
        var ready = Readiness.judge(SCHEMA, List.of(new Readiness.IndexState("entity_id", "RANGE", "ONLINE", 100),
                new Readiness.IndexState("entity_text", "FULLTEXT", "ONLINE", 100),
                new Readiness.IndexState("other", "LOOKUP", "ONLINE", 100)));
        assertEquals("ready", ready.status());
        assertEquals(3, ready.indexes());
    }
}
