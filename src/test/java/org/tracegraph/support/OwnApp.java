package org.tracegraph.support;

import io.javalin.Javalin;
import java.util.HashMap;
import java.util.Map;
import org.tracegraph.App;
import org.tracegraph.AppContext;
import org.tracegraph.config.Settings;
import org.tracegraph.neo4j.Database;

/**
 * A second app on the shared test database, with the test server's settings and some of its own (limits, waits),
 * started on a free port: for tests whose settings would disturb every other test. Reached over IPv4 or IPv6
 * loopback, which the server sees as two clients.
 */
public final class OwnApp implements AutoCloseable {
    private final Javalin app;

    public OwnApp(Map<String, String> settings) {
        this(TestServer.server().database(), settings);
    }

    /** The same, on {@code database}. */
    public OwnApp(Database database, Map<String, String> settings) {
        var env = new HashMap<>(TestServer.environment(TestServer.dataDir() != null ? TestServer.dataDir() : LargeGraph.unused()));
        env.putAll(settings);
        var parsed = Settings.fromEnvironment(env);
        var context = AppContext.from(parsed, database, TestServer.EDITOR_TOKEN, parsed.adminToken().orElseThrow());
        this.app = App.create(context).start(0);
    }

    public int port() {
        return app.port();
    }

    /** A client from 127.0.0.1. */
    public Http http() {
        return new Http("http://127.0.0.1:" + app.port());
    }

    /** Another client: from ::1. */
    public Http otherClient() {
        return new Http("http://[::1]:" + app.port());
    }

    @Override
    public void close() {
        app.stop();
    }
}
