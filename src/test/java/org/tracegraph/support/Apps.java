package org.tracegraph.support;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.tracegraph.App;
import org.tracegraph.AppContext;
import org.tracegraph.config.Settings;

/** An app of its own, on the shared test database, for settings the shared server does not have. */
public final class Apps {
    private Apps() {
    }

    /** Runs {@code test} against an app with the test server's settings and {@code more}, then stops it. */
    public static void with(Map<String, String> more, Consumer<Http> test) {
        var env = new HashMap<>(TestServer.environment(TestServer.dataDir()));
        env.putAll(more);
        var settings = Settings.fromEnvironment(env);
        var context = AppContext.from(settings, TestServer.server().database(), TestServer.EDITOR_TOKEN,
                settings.adminToken().orElseThrow());
        var app = App.create(context).start(0);
        try {
            test.accept(new Http("http://localhost:" + app.port()));
        } finally {
            app.stop();
        }
    }
}
