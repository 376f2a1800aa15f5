package org.tracegraph.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tracegraph.Server;
import org.tracegraph.bench.SyntheticGraph;
import org.tracegraph.config.Settings;
import org.tracegraph.core.Editor;
import org.tracegraph.exchange.ImportFormat;
import org.tracegraph.exchange.ImportOptions;
import org.tracegraph.exchange.ImportProgress;
import org.tracegraph.exchange.ImportService;

/**
 * A Tracegraph of its own on a generated graph of {@value #ENTITIES} entities and five times as many
 * relationships (seed {@value #SEED}), imported through the importer: large enough that a whole-graph export takes
 * a while and does not fit in a connection's buffers, that query plans are those of a real graph, and that its five
 * hubs have hundreds of relationships each. Started by the first test class that needs it, stopped when the run
 * ends: one Neo4j and one import for every class on it (the heavy reads, the cost limit, index use, hub
 * neighbourhoods), none of which writes to it. Tests build apps of their own settings on its database
 * ({@link OwnApp}).
 */
public final class LargeGraph implements BeforeAllCallback {
    public static final int ENTITIES = 3000;
    /** The generator's seed: entity e33 is a Source, and e0..e4 (the hubs) are tied to each other. */
    public static final long SEED = 7;
    private static Server server;
    private static Path dataDir;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(LargeGraph.class, k -> start(), AutoCloseable.class);
    }

    private static synchronized AutoCloseable start() {
        try {
            var dir = Files.createTempDirectory("tracegraph-large-graph-");
            var file = dir.resolve("graph.json");
            try (var out = new BufferedOutputStream(Files.newOutputStream(file))) {
                new SyntheticGraph(ENTITIES, 5, SEED).write(out);
            }
            dataDir = dir.resolve("data");
            var env = new HashMap<>(TestServer.environment(dataDir));
            server = Server.start(Settings.fromEnvironment(env));
            var report = new ImportService(server.database()).run(file,
                    new ImportOptions(ImportFormat.JSON, false, false, null, null, "graph.json"),
                    new Editor("import: graph.json"), new ImportProgress(), null);
            assertEquals(0, report.invalidCount(), () -> "invalid rows: " + report.invalid());
            assertTrue(report.created() > ENTITIES * 5L, "created " + report.created());
            // plans (IndexUseTest) are made with the statistics of the graph just imported, not those of an empty
            // one, which Neo4j's background sampling may not have replaced yet on a busy machine
            server.database().run("CALL db.prepareForReplanning()");
            return () -> {
                server.close();
                Browser.deleteTree(dir);
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Server server() {
        return server;
    }

    /** Its DATA_DIR (the embedded store is in {@code neo4j/} there). */
    public static Path dataDir() {
        return dataDir;
    }

    /** A client of its own app, over HTTP. */
    public static Http http() {
        return new Http("http://localhost:" + server.port());
    }

    /** An app of {@code settings} (over the test server's) on the large graph. */
    public static OwnApp app(java.util.Map<String, String> settings) {
        return new OwnApp(server.database(), settings);
    }

    static Path unused() {
        return Path.of("unused");
    }
}
