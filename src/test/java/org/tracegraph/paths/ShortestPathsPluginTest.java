package org.tracegraph.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.tracegraph.support.AppProcess;
import org.tracegraph.support.Http;
import org.tracegraph.support.StandaloneNeo4j;
import org.tracegraph.support.TestServer;

/**
 * The plugin jar the build makes ({@code target/tracegraph-plugin.jar}) installed in a Neo4j of one's own: a
 * separate Neo4j process whose class path has no Tracegraph class and whose plugins folder holds only that jar
 * lists {@code tracegraph.shortestPaths}; Tracegraph pointed at it with {@code NEO4J_URI} says it uses the
 * procedure, and answers a path question as the embedded server does.
 */
@ExtendWith(TestServer.class)
class ShortestPathsPluginTest {
    private static final Path PLUGIN_JAR = Path.of("target", "tracegraph-plugin.jar");
    private static final List<String> QUESTIONS = List.of(
            "/api/paths?from=elnur-israfilov&to=eynullah-fatullayev",
            "/api/paths?from=ruslan-bashirli&to=ilham-aliyev&maxHops=4&limit=5");

    @Test
    void the_plugin_jar_holds_the_procedure_and_nothing_else_of_tracegraph() throws IOException {
        assertTrue(Files.isRegularFile(PLUGIN_JAR), PLUGIN_JAR + " is made by the build's process-classes phase");
        try (var jar = new ZipFile(PLUGIN_JAR.toFile())) {
            var classes = jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")).sorted().toList();
            assertTrue(classes.contains("org/tracegraph/paths/ShortestPathsProcedure.class"), classes.toString());
            assertEquals(List.of(), classes.stream()
                    .filter(n -> !n.startsWith("org/tracegraph/paths/ShortestPathsProcedure")).toList());
            assertTrue(jar.getEntry("META-INF/MANIFEST.MF") != null);
        }
    }

    @Test
    void a_neo4j_with_only_the_plugin_jar_runs_the_apps_path_searches_through_it(@TempDir Path dir) throws Exception {
        var plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.copy(PLUGIN_JAR, plugins.resolve("tracegraph-plugin.jar"));
        int boltPort = AppProcess.freePort();
        var neo4jLog = dir.resolve("neo4j.log");
        var neo4j = startNeo4j(dir.resolve("neo4j"), boltPort, plugins, dir.resolve("main"), neo4jLog);
        try {
            awaitLine(neo4j, neo4jLog, StandaloneNeo4j.READY, dir.resolve("neo4j/logs/debug.log"));
            assertTrue(Files.readString(neo4jLog).contains("No Tracegraph class on this class path"), Files.readString(neo4jLog));
            var uri = "bolt://127.0.0.1:" + boltPort;
            try (var driver = GraphDatabase.driver(uri, AuthTokens.none()); var session = driver.session()) {
                var listed = session.run("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'tracegraph.' RETURN name")
                        .list(r -> r.get("name").asString());
                assertEquals(List.of("tracegraph.shortestPaths"), listed);
            }

            var data = Files.createDirectories(dir.resolve("app"));
            var env = TestServer.environment(data);
            int port = AppProcess.freePort();
            env.put("PORT", String.valueOf(port));
            env.put("NEO4J_URI", uri);
            env.put("NEO4J_PASSWORD", "unused-authentication-is-off");
            // the suite's 3 s stops a first, cold path search on a loaded machine; the answer, not its speed, is checked
            env.put("CYPHER_TIMEOUT_SECONDS", "120");
            try (var app = AppProcess.start(env, dir.resolve("app.log"))) {
                var http = new Http("http://localhost:" + port);
                app.awaitHealthy(http);
                assertEquals("remote", http.get("/api/health").json().get("neo4j").asText());
                for (var question : QUESTIONS) {
                    var remote = http.get(question);
                    assertEquals(200, remote.status(), remote::toString);
                    var embedded = TestServer.http().get(question);
                    for (int tries = 1; tries < 5 && embedded.status() == 504; tries++) {
                        Thread.sleep(2000); // the shared server's 3 s timeout, on a loaded machine
                        embedded = TestServer.http().get(question);
                    }
                    assertEquals(200, embedded.status(), embedded.toString());
                    var paths = paths(remote.json());
                    assertFalse(paths.isEmpty(), question);
                    assertEquals(paths(embedded.json()), paths, question);
                }
                assertTrue(app.output().contains("Path searches use the procedure tracegraph.shortestPaths of this Neo4j"),
                        app.output());
            }
        } finally {
            neo4j.destroy();
            neo4j.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** Each path as its node ids, then its relationship ids, in order. */
    private static List<String> paths(JsonNode answer) {
        var paths = new ArrayList<String>();
        answer.get("paths").forEach(path -> {
            var ids = new ArrayList<String>();
            path.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
            path.get("edges").forEach(e -> ids.add(e.get("id").asText()));
            paths.add(String.join(" ", ids));
        });
        return paths;
    }

    /**
     * {@link StandaloneNeo4j} in a process of its own: its class (copied alone into {@code main}) and the test class
     * path's libraries, without Tracegraph's classes ({@code target/classes}, {@code target/test-classes}).
     */
    private static Process startNeo4j(Path home, int boltPort, Path plugins, Path main, Path log) throws IOException {
        var name = StandaloneNeo4j.class.getName().replace('.', '/') + ".class";
        var target = main.resolve(name);
        Files.createDirectories(target.getParent());
        try (var in = StandaloneNeo4j.class.getClassLoader().getResourceAsStream(name)) {
            Files.copy(in, target);
        }
        var classPath = new ArrayList<String>();
        classPath.add(main.toString());
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Files.isDirectory(Path.of(entry)))
                .forEach(classPath::add);
        var java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx512m", "-cp", String.join(File.pathSeparator, classPath),
                StandaloneNeo4j.class.getName(), home.toString(), String.valueOf(boltPort), plugins.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits for {@code line} in {@code log}: minutes on a loaded machine, where a first start takes 90 s. */
    private static void awaitLine(Process process, Path log, String line, Path debugLog) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(300));
        while (Instant.now().isBefore(deadline)) {
            var text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains(line)) return;
            if (!process.isAlive()) throw new AssertionError("Neo4j exited: " + text);
            Thread.sleep(300);
        }
        var debug = Files.exists(debugLog) ? Files.readAllLines(debugLog) : List.<String>of();
        throw new AssertionError("Neo4j not ready within 300 s: " + Files.readString(log) + "\n"
                + String.join("\n", debug.subList(Math.max(0, debug.size() - 20), debug.size())));
    }
}
