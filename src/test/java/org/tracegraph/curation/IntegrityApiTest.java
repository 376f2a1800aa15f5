package org.tracegraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracegraph.support.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.Server;
import org.tracegraph.cli.Main;
import org.tracegraph.config.Settings;
import org.tracegraph.json.Json;
import org.tracegraph.support.Browser;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * GET /api/integrity and the verify command: nothing to report on the seed; on a graph broken over Bolt (in a
 * second Tracegraph with its own data directory, so the shared test database stays as it is), each broken
 * relationship under its kind, with the counts.
 */
@ExtendWith(TestServer.class)
class IntegrityApiTest {
    private static final String ARTICLE = "rahder-2012-azerbaijan-blackmail-video";
    private static Path dataDir;

    @BeforeAll
    static void makeADataDirectory() throws Exception {
        dataDir = Files.createTempDirectory("tracegraph-integrity-");
    }

    @AfterAll
    static void removeIt() {
        Browser.deleteTree(dataDir);
    }

    private static Http editorOf(Server server) {
        return new Http("http://localhost:" + server.port()).withHeader("Authorization", "Bearer " + TestServer.EDITOR_TOKEN);
    }

    private record Run(int exit, JsonNode report, String err) {
    }

    private static Run verify() throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var env = new java.util.HashMap<>(TestServer.environment(dataDir));
        int exit = Main.commandLine(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute("verify");
        var text = out.toString(StandardCharsets.UTF_8);
        return new Run(exit, text.isBlank() ? null : Json.objectMapper().readTree(text), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> ids(JsonNode list) {
        var ids = new ArrayList<String>();
        list.forEach(item -> ids.add(item.get("relationship").asText()));
        return ids;
    }

    @Test
    void the_shared_seed_has_nothing_to_report_and_readers_may_not_ask() {
        var report = TestServer.editor().get("/api/integrity").json();
        assertTrue(report.get("ok").asBoolean(), report::toString);
        assertTrue(report.get("relationshipsChecked").asLong() >= 150);
        assertEquals(0, report.get("counts").get("unverifiedQuotes").asLong());
        assertEquals(0, report.get("counts").get("missingSources").asLong());
        assertEquals(0, report.get("counts").get("unknownClaimants").asLong());
        assertProblem(TestServer.http().get("/api/integrity"), 401);
    }

    @Test
    void a_graph_broken_over_bolt_is_reported_by_kind_by_the_api_and_by_verify() throws Exception {
        var settings = Settings.fromEnvironment(TestServer.environment(dataDir));
        try (var server = Server.start(settings)) {
            var clean = editorOf(server).get("/api/integrity").json();
            assertTrue(clean.get("ok").asBoolean(), "a new Tracegraph holds the seed, whose evidence holds: " + clean);
        }
        var fine = verify();
        assertEquals(0, fine.exit(), fine::toString);
        assertTrue(fine.report().get("ok").asBoolean());

        String passage;
        try (var server = Server.start(settings)) {
            var editor = editorOf(server);
            passage = editor.get("/api/sources/" + ARTICLE + "/text").body().substring(200, 260);
            server.database().writeTransaction(tx -> {
                tx.run("""
                        MATCH (a:Person) WITH a ORDER BY a.id LIMIT 1
                        MATCH (b:Organisation) WITH a, b ORDER BY b.id LIMIT 1
                        CREATE (a)-[:TOLD {id: 'zz-broken-quote', sourceIds: [$article], quote: 'Words the article never had',
                                           status: 'reported'}]->(b)
                        CREATE (a)-[:TOLD {id: 'zz-broken-source', sourceIds: ['zz-no-such-source'], quote: 'anything',
                                           status: 'reported'}]->(b)
                        CREATE (a)-[:TOLD {id: 'zz-broken-claimant', sourceIds: [$article], quote: $passage,
                                           status: 'alleged', claimedBy: 'zz-nobody'}]->(b)
                        """, Map.of("article", ARTICLE, "passage", passage)).consume();
                return null;
            });
            var report = editor.get("/api/integrity").json();
            assertFalse(report.get("ok").asBoolean(), report::toString);
            var counts = report.get("counts");
            assertEquals(1, counts.get("unverifiedQuotes").asLong(), report::toString);
            assertEquals(1, counts.get("missingSources").asLong(), report::toString);
            assertEquals(1, counts.get("unknownClaimants").asLong(), report::toString);
            assertEquals(List.of("zz-broken-quote"), ids(report.get("unverifiedQuotes")));
            assertEquals(List.of(ARTICLE), List.of(report.get("unverifiedQuotes").get(0).get("heldSources").get(0).asText()));
            assertEquals(List.of("zz-broken-source"), ids(report.get("missingSources")));
            assertEquals("zz-no-such-source", report.get("missingSources").get(0).get("source").asText());
            assertEquals(List.of("zz-broken-claimant"), ids(report.get("unknownClaimants")));
            assertEquals("zz-nobody", report.get("unknownClaimants").get(0).get("claimedBy").asText());

            var limited = editor.get("/api/integrity?limit=0").json();
            assertTrue(limited.get("truncated").asBoolean());
            assertEquals(0, limited.get("unverifiedQuotes").size());
            assertEquals(1, limited.get("counts").get("unverifiedQuotes").asLong(), "counts stay complete");
        }
        var broken = verify();
        assertEquals(1, broken.exit(), broken::toString);
        assertEquals(List.of("zz-broken-quote"), ids(broken.report().get("unverifiedQuotes")));
        assertTrue(broken.err().contains("1 quotes not in their sources' held texts"), broken.err());
    }
}
