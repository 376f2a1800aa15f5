package org.tracegraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tracegraph.support.AppProcess;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/**
 * The store, its logs and the secrets are the owner's alone: a Tracegraph started on a new DATA_DIR makes it
 * 0700, the embedded store's directories 0700, the files there at start (logs included) 0600, and the token
 * and password files 0600; a DATA_DIR kept from before, with wider permissions, is narrowed at start.
 */
class OwnerOnlyFilesTest {

    @Test
    void a_fresh_data_dir_and_a_widened_one_are_readable_by_their_owner_only_after_start() throws Exception {
        var parent = Files.createTempDirectory("tracegraph-owner-only-");
        var dataDir = parent.resolve("data"); // made by the server
        var env = TestServer.environment(dataDir);
        env.remove("EDITOR_TOKEN");
        env.remove("ADMIN_TOKEN"); // made and kept in DATA_DIR
        int port = AppProcess.freePort();
        env.put("PORT", String.valueOf(port));
        var http = new Http("http://localhost:" + port);

        try (var run = AppProcess.start(env, parent.resolve("first.log"))) {
            run.awaitHealthy(http);
            // a malformed bookmark is a 400, and leaves no stack trace in the log
            assertEquals(400, http.withHeader("Tracegraph-Bookmark", "a").get("/api/search?q=musavat").status());
            assertFalse(run.output().contains("\tat "), run.output());
            assertOwnerOnly(dataDir);
        }

        // as an older version, or a careless copy, left it: the directory and the token world-readable
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dataDir.resolve("neo4j"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dataDir.resolve("editor-token"), PosixFilePermissions.fromString("rw-r--r--"));
        try (var run = AppProcess.start(env, parent.resolve("second.log"))) {
            run.awaitHealthy(http);
            assertOwnerOnly(dataDir);
        }
    }

    private static void assertOwnerOnly(Path dataDir) throws Exception {
        assertEquals("rwx------", permissions(dataDir), "DATA_DIR");
        for (var secret : List.of("editor-token", "admin-token", "neo4j-password")) {
            assertEquals("rw-------", permissions(dataDir.resolve(secret)), secret);
        }
        var store = dataDir.resolve("neo4j");
        var wrong = new ArrayList<String>();
        try (Stream<Path> paths = Files.walk(store)) {
            for (var path : paths.toList()) {
                if (Files.isSymbolicLink(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) continue;
                var expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
                var actual = permissions(path);
                // a file Neo4j made after the start gets the umask, inside directories no one else may enter
                boolean laterFile = !Files.isDirectory(path) && !path.startsWith(store.resolve("logs"));
                if (!actual.equals(expected) && !laterFile) wrong.add(store.relativize(path) + " " + actual);
            }
        }
        assertEquals(List.of(), wrong, "store directories 0700, logs 0600");
        assertTrue(Files.list(store.resolve("logs")).findAny().isPresent(), "Neo4j wrote its logs");
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }
}
