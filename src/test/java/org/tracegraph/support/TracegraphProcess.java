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
 * Tracegraph started as a child process (the JVM of this test run, the test class path, {@code Main}), its
 * output in {@code log}: for what only a real process shows (SIGTERM, SIGKILL, a second copy, a restart).
 */
public record TracegraphProcess(Process process, Path log) {

    public static TracegraphProcess start(Map<String, String> env, Path log) throws IOException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.tracegraph.Main"));
        // what the developer's shell may have set must not point the child elsewhere
        builder.environment().keySet().removeIf(k -> List.of("NEO4J_URI", "EDITOR_TOKEN", "NEO4J_PASSWORD").contains(k));
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new TracegraphProcess(builder.start(), log);
    }

    /** Waits until {@code /api/health} answers 200, or fails with the log when the process exits or 120 s pass. */
    public void awaitHealthy(Http http) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) throw new AssertionError("exited: " + output());
            try {
                if (http.get("/api/health").status() == 200) return;
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not healthy within 120 s: " + output());
    }

    /** SIGTERM, and a wait for the exit; for the end of a test. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** A port free now, for a child that must be told its port before it starts. */
    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
