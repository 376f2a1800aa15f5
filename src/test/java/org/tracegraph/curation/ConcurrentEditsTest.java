package org.tracegraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tracegraph.curation.Fixtures.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/** Many editors on one entity, each reading, changing and writing back: no update may be lost. */
@ExtendWith(TestServer.class)
class ConcurrentEditsTest {
    private static final int EDITORS = 16;
    private static final int EDITS_EACH = 3;

    @AfterAll
    static void cleanUp() {
        Fixtures.removeAll();
    }

    @Test
    void sixteen_editors_appending_aliases_at_once_lose_no_update() throws Exception {
        var editor = TestServer.editor();
        var id = Fixtures.person(editor, "Contested Person");
        var conflicts = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(EDITORS);
        try {
            var tasks = new ArrayList<Callable<Void>>();
            for (int e = 0; e < EDITORS; e++) {
                var name = "editor-" + e;
                tasks.add(() -> {
                    var client = editor.withHeader("X-Editor", name);
                    for (int n = 0; n < EDITS_EACH; n++) {
                        appendAlias(client, id, name + "-alias-" + n, conflicts);
                    }
                    return null;
                });
            }
            for (var future : pool.invokeAll(tasks, 5, TimeUnit.MINUTES)) future.get();
        } finally {
            pool.shutdownNow();
        }

        var entity = TestServer.http().get("/api/entities/" + id);
        var aliases = new HashSet<String>();
        entity.json().get("aliases").forEach(a -> aliases.add(a.asText()));
        assertEquals(EDITORS * EDITS_EACH, aliases.size(), "every editor's every alias is there: " + aliases);
        assertEquals(1 + EDITORS * EDITS_EACH, Fixtures.rev(entity), "one version per update");
        var history = editor.get("/api/changes?entity=" + id + "&limit=500").json().get("changes");
        assertEquals(1 + EDITORS * EDITS_EACH, history.size(), "one change recorded per write");
        System.out.println("concurrent edits: " + conflicts.get() + " retries after 412");
    }

    /** Read, add one alias, write back with If-Match; on 412 start again from a fresh read. */
    private static void appendAlias(Http client, String id, String alias, AtomicInteger conflicts) {
        for (int attempt = 0; attempt < 500; attempt++) {
            var read = client.get("/api/entities/" + id);
            var aliases = new ArrayList<String>();
            read.json().get("aliases").forEach(a -> aliases.add(a.asText()));
            aliases.add(alias);
            var write = client.withHeader("If-Match", read.header("ETag"))
                    .patch("/api/entities/" + id, json(Map.of("aliases", List.copyOf(aliases))));
            if (write.status() == 200) return;
            if (write.status() != 412) throw new AssertionError("unexpected answer: " + write);
            conflicts.incrementAndGet();
        }
        throw new AssertionError("gave up adding " + alias);
    }
}
