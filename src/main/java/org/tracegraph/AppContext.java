package org.tracegraph;

import java.time.Duration;
import org.tracegraph.config.Settings;
import org.tracegraph.embed.EmbedSettings;
import org.tracegraph.http.Protection;
import org.tracegraph.neo4j.Database;

/**
 * What the web app needs from the running process: the database, how it is reached, its limits, and how it
 * guards itself (tokens, CORS, rate limits, body sizes).
 */
public record AppContext(Database database, String neo4jMode, String editorToken, Duration cypherTimeout,
                         int cypherMaxRows, EmbedSettings embed, Protection protection) {

    /**
     * The one way from settings to the web app's context: the server and the tests that start an app with
     * settings of their own both come through here, so a limit in {@link Settings} is the limit the routes apply.
     */
    public static AppContext from(Settings settings, Database database, String editorToken, String adminToken) {
        return new AppContext(database, settings.embedded() ? "embedded" : "remote", editorToken,
                settings.cypherTimeout(), settings.cypherMaxRows(),
                new EmbedSettings(settings.embedAllowedOrigins(), settings.publicUrl(), settings.publicHosts(),
                        settings.viewCacheBytes()),
                Protection.from(settings, adminToken));
    }

    public AppContext(Database database, String neo4jMode, String editorToken, Duration cypherTimeout,
                      int cypherMaxRows, EmbedSettings embed) {
        this(database, neo4jMode, editorToken, cypherTimeout, cypherMaxRows, embed, Protection.defaults());
    }

    public AppContext(Database database, String neo4jMode, String editorToken, Duration cypherTimeout,
                      int cypherMaxRows) {
        this(database, neo4jMode, editorToken, cypherTimeout, cypherMaxRows, EmbedSettings.DEFAULT);
    }

    @Override
    public String toString() {
        return "AppContext[" + neo4jMode + ", " + database.uri() + ", tokens hidden]";
    }

    /**
     * The Bolt address Neo4j Browser, served at /browser, should connect to: the one the app uses, with the
     * user name filled in ({@code bolt://neo4j@127.0.0.1:7687}); the password stays with the person.
     */
    public String browserConnectUri() {
        var uri = java.net.URI.create(database.uri());
        return uri.getScheme() + "://" + database.user() + "@" + uri.getAuthority();
    }
}
