package org.tracegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Bookmarks.HEADER;
import static org.tracegraph.support.Problems.assertProblem;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.tracegraph.support.AppProcess;
import org.tracegraph.support.Bookmarks;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * Two stateless API instances in remote mode, as behind a load balancer, on one Neo4j (a third Tracegraph, embedded,
 * with Bolt open): what a client writes through one it reads through the other, sending back the bookmark. One
 * connects with {@code bolt://}, the other with {@code neo4j://}, as it would to a cluster.
 */
class ClusterTest {
    private static final String PASSWORD = "cluster-test-password";

    private record Instance(AppProcess process, Http http, Http editor) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.close();
        }
    }

    @Test
    void a_write_through_one_api_instance_is_read_through_another_that_is_sent_its_bookmark() throws Exception {
        int boltPort = AppProcess.freePort();
        try (var neo4j = start("neo4j", null, boltPort)) {
            neo4j.process().awaitHealthy(neo4j.http());
            try (var a = start("a", "bolt://127.0.0.1:" + boltPort, 0);
                 // the routing scheme: the driver asks the server for its routing table and routes by access mode
                 var b = start("b", "neo4j://127.0.0.1:" + boltPort, 0)) {
                a.process().awaitHealthy(a.http());
                b.process().awaitHealthy(b.http());
                for (var instance : new Instance[] {a, b}) {
                    assertEquals("remote", instance.http().get("/api/health").json().get("neo4j").asText());
                }

                var created = a.editor().post("/api/entities",
                        "{\"id\": \"written-through-a\", \"type\": \"Person\", \"name\": \"Written through A\"}");
                assertEquals(201, created.status(), created::toString);
                var bookmark = created.header(HEADER);
                assertNotNull(bookmark, "the write tells the client where to read it from");

                var read = b.http().withHeader(HEADER, bookmark).get("/api/entities/written-through-a");
                assertEquals(200, read.status(), read::toString);
                assertEquals("Written through A", read.json().get("name").asText());

                var linked = b.editor().withHeader(HEADER, bookmark).post("/api/relationships", "{\"from\":"
                        + " \"written-through-a\", \"type\": \"MEMBER_OF\", \"to\": \"musavat\", \"sourceIds\":"
                        + " [\"rahder-2012-azerbaijan-blackmail-video\"], \"quote\": \"It was bound to happen\", \"status\": \"reported\"}");
                assertEquals(201, linked.status(), linked::toString);
                var later = linked.header(HEADER);
                assertNotNull(later);
                var entity = a.http().withHeader(HEADER, later).get("/api/entities/written-through-a").json();
                assertEquals("musavat", entity.at("/relationships/0/other/id").asText(), entity::toString);

                // each instance waits for the bookmark it is sent: one the database never reaches is refused
                var ahead = b.http().withHeader(HEADER, Bookmarks.future(later)).get("/api/entities/written-through-a");
                assertEquals(HEADER, assertProblem(ahead, 503).path("parameter").asText());
                assertTrue(ahead.retryAfter() != null);
            }
        }
    }

    /** A Tracegraph on a data directory of its own: on Neo4j at {@code neo4jUri}, or embedded with Bolt at {@code boltPort}. */
    private static Instance start(String name, String neo4jUri, int boltPort) throws IOException {
        var dataDir = Files.createTempDirectory("tracegraph-cluster-" + name + "-");
        var env = TestServer.environment(dataDir);
        int port = AppProcess.freePort();
        env.put("PORT", String.valueOf(port));
        env.put("BOLT_PORT", String.valueOf(boltPort));
        env.put("NEO4J_PASSWORD", PASSWORD);
        if (neo4jUri != null) env.put("NEO4J_URI", neo4jUri);
        var http = new Http("http://localhost:" + port);
        return new Instance(AppProcess.start(env, dataDir.resolve(name + ".log")), http,
                http.withHeader("Authorization", "Bearer " + TestServer.EDITOR_TOKEN));
    }
}
