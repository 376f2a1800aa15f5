package org.tracegraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.curation.Fixtures.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.tracegraph.curation.EntityWrites.Outcome;
import org.tracegraph.core.Editor;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.support.TestServer;

/**
 * New relationships lock their ids, not their ends: many editors linking to one busy entity do not queue on
 * it, two writes never give one id to two relationships, and a link whose end is deleted meanwhile is refused.
 */
@ExtendWith(TestServer.class)
class RelationshipLocksTest {
    private static final int EDITORS = 12;

    @AfterAll
    static void cleanUp() {
        Fixtures.removeAll();
    }

    private static Driver driver() throws Exception {
        var password = Files.readString(TestServer.dataDir().resolve("neo4j-password")).strip();
        return GraphDatabase.driver(TestServer.server().embedded().orElseThrow().boltUri(),
                AuthTokens.basic("neo4j", password));
    }

    private static Map<String, Object> link(String from, String to, String source) {
        return Map.of("from", from, "type", "WORKS_FOR", "to", to, "sourceIds", List.of(source),
                "quote", "They work there.", "status", "reported");
    }

    /** What {@link #EDITORS} threads get from {@code work}, all started at once. */
    private static <T> List<T> atOnce(java.util.function.Supplier<T> work) throws Exception {
        var pool = Executors.newFixedThreadPool(EDITORS);
        try {
            var futures = new ArrayList<CompletableFuture<T>>();
            for (int i = 0; i < EDITORS; i++) futures.add(CompletableFuture.supplyAsync(work, pool));
            var results = new ArrayList<T>();
            for (var future : futures) results.add(future.get(2, TimeUnit.MINUTES));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(String cypher, Map<String, Object> params) {
        return TestServer.server().database().read(cypher, params).get(0).get(0).asLong();
    }

    @Test
    void an_id_stays_locked_until_the_transaction_that_locked_it_ends_and_no_lock_node_is_ever_kept() throws Exception {
        var lock = CypherFile.query("app/curation/relationship-ids-lock.cypher");
        var id = Fixtures.uniqueId("locked-id");
        try (var driver = driver(); var first = driver.session(); var second = driver.session()) {
            var holder = first.beginTransaction();
            holder.run(lock, Map.of("ids", List.of(id))).consume();
            var waiter = CompletableFuture.runAsync(() -> second.executeWrite(tx -> tx.run(lock,
                    Map.of("ids", List.of(id))).consume()));
            try {
                waiter.get(1500, TimeUnit.MILLISECONDS);
                throw new AssertionError("a second transaction took the lock on " + id + " while the first held it");
            } catch (TimeoutException expected) {
                // it waits
            }
            holder.commit();
            waiter.get(10, TimeUnit.SECONDS);
        }
        assertEquals(0, count("MATCH (k:RelationshipIdLock) RETURN count(k)", Map.of()));
    }

    @Test
    void editors_linking_the_same_two_entities_at_once_get_distinct_ids() throws Exception {
        var editor = TestServer.editor();
        var person = Fixtures.person(editor, "Busy Person");
        var org = Fixtures.create(editor, Map.of("id", Fixtures.uniqueId("org"), "type", "Organisation",
                "name", "Busy Org")).get("id").asText();
        var source = Fixtures.source(editor, "Busy register");
        var ids = new HashSet<String>();
        for (var response : atOnce(() -> editor.post("/api/relationships", json(link(person, org, source))))) {
            assertEquals(201, response.status(), response::toString);
            ids.add(response.json().get("id").asText());
        }
        var base = person + "-works-for-" + org;
        var expected = new HashSet<String>(List.of(base));
        for (int n = 2; n <= EDITORS; n++) expected.add(base + "-" + n);
        assertEquals(expected, ids, "one id each, the first free ones in order");
        assertEquals(EDITORS, count("MATCH (:Entity {id: $a})-[r]->(:Entity {id: $b}) RETURN count(DISTINCT r.id)",
                Map.of("a", person, "b", org)));
    }

    @Test
    void imports_of_one_new_relationship_at_the_same_moment_create_it_once() throws Exception {
        var editor = TestServer.editor();
        var person = Fixtures.person(editor, "Imported Person");
        var other = Fixtures.person(editor, "Imported Colleague");
        var source = Fixtures.source(editor, "Imported register");
        var id = Fixtures.uniqueId("imported-link");
        var row = new ObjectMapper().valueToTree(Map.of("id", id, "from", person, "type", "FRIEND_OF", "to", other,
                "sourceIds", List.of(source), "quote", "Old friends.", "status", "reported"));
        var db = TestServer.server().database();
        var importer = new Editor("import: twice.json");
        var outcomes = atOnce(() -> db.writeTransaction(
                tx -> BulkWrites.relationships(tx, importer, List.of(row))).get(0).outcome());
        assertEquals(1, outcomes.stream().filter(Outcome.CREATED::equals).count(),
                "one import created it, the others found it there: " + outcomes);
        assertEquals(EDITORS - 1, outcomes.stream().filter(Outcome.UNCHANGED::equals).count(), outcomes::toString);
        assertEquals(1, count("MATCH ()-[r]->() WHERE r.id = $id RETURN count(r)", Map.of("id", id)));
    }

    @Test
    void a_link_to_an_entity_deleted_while_it_is_made_is_refused_and_leaves_nothing() throws Exception {
        var editor = TestServer.editor();
        var person = Fixtures.person(editor, "Linking Person");
        var doomed = Fixtures.person(editor, "Doomed Person");
        var source = Fixtures.source(editor, "Doomed register");
        var body = new java.util.HashMap<>(link(person, doomed, source));
        body.put("type", "FRIEND_OF");
        try (var driver = driver(); var session = driver.session()) {
            var deletion = session.beginTransaction();
            // another write deletes the entity and has not committed yet: the link still sees the entity, and
            // its creation waits for that write, then finds the entity gone
            deletion.run("MATCH (n:Entity {id: $id}) DETACH DELETE n", Map.of("id", doomed)).consume();
            var answer = CompletableFuture.supplyAsync(() -> editor.post("/api/relationships", json(body)));
            Thread.sleep(1500);
            assertFalse(answer.isDone(), "the link waits for the write that deletes its end: " + (answer.isDone()
                    ? answer.get() : ""));
            deletion.commit();
            var response = answer.get(1, TimeUnit.MINUTES);
            assertEquals(409, response.status(), response::toString);
            assertTrue(response.contentType().startsWith("application/problem+json"), response::toString);
        }
        assertEquals(0, count("MATCH (:Entity {id: $a})-[r]-() RETURN count(r)", Map.of("a", person)));
        assertEquals(0, count("MATCH (c:Change {kind: 'relationship'}) WHERE $a IN c.entityIds RETURN count(c)",
                Map.of("a", person)));
    }
}
