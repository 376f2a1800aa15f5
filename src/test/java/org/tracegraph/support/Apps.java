package org.tracegraph.support;

import java.util.Map;
import java.util.function.Consumer;

/** An app of its own, on the shared test database, for settings the shared server does not have. */
public final class Apps {
    private Apps() {
    }

    /** Runs {@code test} against an app with the test server's settings and {@code more} ({@link OwnApp}), then stops it. */
    public static void with(Map<String, String> more, Consumer<Http> test) {
        try (var app = new OwnApp(more)) {
            test.accept(new Http("http://localhost:" + app.port()));
        }
    }
}
