package org.tracegraph.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tracegraph.Server;
import org.tracegraph.config.Settings;

/**
 * One Tracegraph, with its embedded Neo4j and the seed graph, for the whole test run: started by the first
 * test class that needs it, stopped when the run ends. Tests reach it over real HTTP and real Bolt.
 */
public final class TestServer implements BeforeAllCallback {
    /** The editor token of the shared server: writes send it as {@code Authorization: Bearer}. */
    public static final String EDITOR_TOKEN = "test-editor-token";
    /** The admin token of the shared server: merges send it. */
    public static final String ADMIN_TOKEN = "test-admin-token";
    private static Server server;
    private static Path dataDir;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestServer.class, k -> start(), AutoCloseable.class);
    }

    private static synchronized AutoCloseable start() {
        try {
            dataDir = Files.createTempDirectory("tracegraph-test-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server = Server.start(Settings.fromEnvironment(environment(dataDir)));
        return () -> server.close();
    }

    /** The environment of a Tracegraph on {@code dataDir} with free ports: HTTP and Bolt on any free port. */
    public static Map<String, String> environment(Path dataDir) {
        var env = new HashMap<String, String>();
        env.put("DATA_DIR", dataDir.toString());
        env.put("PORT", "0");
        env.put("BOLT_PORT", "0");
        env.put("NEO4J_PAGECACHE", "64m");
        env.put("CYPHER_TIMEOUT_SECONDS", "3");
        env.put("EDITOR_TOKEN", EDITOR_TOKEN);
        env.put("ADMIN_TOKEN", ADMIN_TOKEN);
        // the suite sends thousands of requests from one address; RateLimitTest has its own, limited server
        env.put("RATE_LIMIT_PER_MINUTE", "1000000");
        env.put("WRITE_RATE_LIMIT_PER_MINUTE", "1000000");
        // and from many threads at once (the load generator's 64): the cost limit has its own tests, on apps of their own
        env.put("RATE_LIMIT_CORES", "0");
        return env;
    }

    public static Server server() {
        return server;
    }

    public static Path dataDir() {
        return dataDir;
    }

    public static Http http() {
        return new Http("http://localhost:" + server.port());
    }

    /** A client that sends the admin token with every request. */
    public static Http admin() {
        return http().withHeader("Authorization", "Bearer " + ADMIN_TOKEN);
    }

    /** A client that sends the editor token with every request. */
    public static Http editor() {
        return http().withHeader("Authorization", "Bearer " + EDITOR_TOKEN);
    }
}
