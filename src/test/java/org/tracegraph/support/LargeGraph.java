package org.tracegraph.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * relationships, imported through the importer: large enough that a whole-graph export takes a while and does
 * not fit in a connection's buffers. Started by the first test class that needs it, stopped when the run ends;
 * tests build apps of their own settings on its database ({@link OwnApp}).
 */
public final class LargeGraph implements BeforeAllCallback {
    public static final int ENTITIES = 3000;
    private static Server server;

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
                new SyntheticGraph(ENTITIES, 5, 11).write(out);
            }
            var env = new HashMap<>(TestServer.environment(dir.resolve("data")));
            server = Server.start(Settings.fromEnvironment(env));
            var report = new ImportService(server.database()).run(file,
                    new ImportOptions(ImportFormat.JSON, false, false, null, null, "graph.json"),
                    new Editor("import: graph.json"), new ImportProgress(), null);
            assertEquals(0, report.invalidCount(), () -> "invalid rows: " + report.invalid());
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

    /** An app of {@code settings} (over the test server's) on the large graph. */
    public static OwnApp app(java.util.Map<String, String> settings) {
        return new OwnApp(server.database(), settings);
    }

    static Path unused() {
        return Path.of("unused");
    }
}
