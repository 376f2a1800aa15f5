package org.tracegraph.exchange;

import java.nio.file.Files;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

@ExtendWith(TestServer.class)
class TmpRoundTripDebugTest {
    @Test
    void debug() throws Exception {
        var dir = Files.createTempDirectory("dbg");
        try (var empty = Server.start(Settings.fromEnvironment(TestServer.environment(dir)))) {
            var ed = new Http("http://localhost:" + empty.port()).withHeader("Authorization", "Bearer " + TestServer.EDITOR_TOKEN);
            var file = TestServer.http().bytes("/api/export?format=csv");
            empty.database().writeTransaction(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
            System.out.println("FIRST " + ed.postBytes("/api/import?format=csv&name=graph.csv.zip", "application/zip", file));
            var a = empty.database().readTransaction(ExportApiTest.Snapshot::of);
            System.out.println("SECOND " + ed.postBytes("/api/import?format=csv", "application/zip", file));
            var b = empty.database().readTransaction(ExportApiTest.Snapshot::of);
            var na = new TreeSet<>(b.nodes().keySet()); na.removeAll(a.nodes().keySet());
            var ra = new TreeSet<>(b.relationships().keySet()); ra.removeAll(a.relationships().keySet());
            System.out.println("NEW NODES " + na + " NEW RELS " + ra);
            for (var k : na) System.out.println("N " + b.nodes().get(k));
            for (var k : ra) System.out.println("R " + b.relationships().get(k));
            var labels = empty.database().read("MATCH (n) WHERE NOT n:Entity RETURN labels(n) AS l, count(*) AS c", java.util.Map.of());
            labels.forEach(r -> System.out.println("OTHER " + r.get("l") + " " + r.get("c")));
        }
    }
}
