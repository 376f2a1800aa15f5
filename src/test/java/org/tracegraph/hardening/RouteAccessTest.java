package org.tracegraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Consumer;
import io.javalin.config.JavalinConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracegraph.App;
import org.tracegraph.AppContext;
import org.tracegraph.http.Access;
import org.tracegraph.http.BodySize;
import org.tracegraph.http.Routes;
import org.tracegraph.support.Http;
import org.tracegraph.support.TestServer;

/** Every route says who may call it (App), and one that does not is refused rather than opened. */
@ExtendWith(TestServer.class)
class RouteAccessTest {

    private static AppContext context() {
        return new AppContext(TestServer.server().database(), "embedded", TestServer.EDITOR_TOKEN,
                Duration.ofSeconds(10), 5000);
    }

    @Test
    void every_route_of_the_app_declares_exactly_one_role() {
        var routes = Routes.of(App.create(context()));
        assertTrue(routes.size() >= 40, routes.toString());
        var missing = routes.stream().filter(route -> route.access().isEmpty()).toList();
        assertEquals(java.util.List.of(), missing, "routes without an Access role (declare one in App)");
    }

    @Test
    void every_route_that_is_not_a_get_reads_or_needs_a_token_as_declared_and_large_bodies_are_for_writes() {
        var byAccess = Routes.byAccess(Routes.of(App.create(context())));
        assertTrue(byAccess.get(Access.EDITOR).stream().anyMatch(r -> r.toString().equals("POST /api/import")));
        // the metrics, which METRICS_ALLOW also opens by address, and merges, which a restore cannot undo
        assertEquals("[GET /metrics, POST /api/entities/{id}/merge]", byAccess.get(Access.ADMIN).toString());
        assertTrue(byAccess.get(Access.ADMIN).get(0).roles().contains(org.tracegraph.http.AddressAllow.METRICS));
        for (var route : Routes.of(App.create(context()))) {
            if (route.roles().contains(BodySize.LARGE)) {
                assertTrue(route.access().orElseThrow().writes(), route + " takes large bodies without a token");
            }
        }
    }

    @Test
    void a_route_declared_without_a_role_is_refused_with_a_500_not_opened() {
        Consumer<JavalinConfig> unguarded = config -> config.routes.post("/api/zz-no-role", ctx -> ctx.result("opened"));
        var app = App.create(context(), unguarded);
        assertTrue(Routes.of(app).stream().anyMatch(r -> r.path().equals("/api/zz-no-role") && r.access().isEmpty()));
        app.start(0);
        try {
            var http = new Http("http://localhost:" + app.port());
            for (var client : new Http[] {http, http.withHeader("Authorization", "Bearer " + TestServer.ADMIN_TOKEN)}) {
                var answer = client.post("/api/zz-no-role", "{}");
                assertEquals(500, answer.status(), answer::toString);
                assertFalse(answer.body().contains("opened"), answer::toString);
            }
            assertEquals(200, http.get("/api/health").status(), "the other routes still answer");
            // what no route serves meets no role: Javalin answers HEAD for a GET route itself, and 404 or 405
            assertEquals(200, http.send("HEAD", "/api/search?q=musavat", null, null).status());
            for (var path : new String[] {"/", "/docs/index.html", "/api/nothing-here"}) {
                var status = http.post(path, "{}").status();
                assertTrue(status == 404 || status == 405, path + ": " + status);
            }
        } finally {
            app.stop();
        }
    }
}
