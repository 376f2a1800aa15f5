package org.tracegraph.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Tracegraph as a separate process, run from what the jar holds without building it: the compiled classes and
 * the runtime-scope class path Maven wrote (target/runtime-classpath.txt, pom.xml), never the tests' own (a
 * library the app needs at run time but the pom gives to the tests only fails here, as it fails the jar). Its
 * output goes to {@code log}. Closing it sends SIGTERM and waits for it to stop.
 */
public record AppProcess(Process process, Path log) implements AutoCloseable {

    /** Starts {@code org.tracegraph.cli.Main} with {@code env}, and none of the caller's Neo4j settings or tokens. */
    public static AppProcess start(Map<String, String> env, Path log) throws IOException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(List.of(java, "-cp", runtimeClassPath(), "org.tracegraph.cli.Main"));
        builder.environment().keySet().removeIf(k -> List.of("NEO4J_URI", "EDITOR_TOKEN", "NEO4J_PASSWORD").contains(k));
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new AppProcess(builder.start(), log);
    }

    /** The class path {@code java -jar target/tracegraph.jar} runs with: the app's classes and its runtime scope. */
    public static String runtimeClassPath() throws IOException {
        var dependencies = Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
        return Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator + dependencies;
    }

    /** Waits until {@code /api/health} answers 200, or fails with the process's log. */
    public void awaitHealthy(Http http) throws InterruptedException {
        awaitHealthy(http, Duration.ofSeconds(120));
    }

    /** The same, waiting up to {@code within}: a machine shared with other builds can take minutes to start Neo4j. */
    public void awaitHealthy(Http http, Duration within) throws InterruptedException {
        var deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) throw new AssertionError("exited: " + output());
            try {
                if (http.get("/api/health").status() == 200) return;
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not healthy within " + within.toSeconds() + " s: " + output());
    }

    /** What the process has written so far. */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** A port free right now, for a child process that must be told its port before it starts. */
    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
