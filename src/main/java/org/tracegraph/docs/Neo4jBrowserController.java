package org.tracegraph.docs;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Neo4j Browser's pages, served only pointed at the Bolt server the app uses. The Browser connects to whatever
 * its address names ({@code ?dbms=}, {@code ?connectURL=}, {@code ?discoveryURL=}), so a link to
 * {@code /browser/index.html?dbms=bolt://attacker.example} would put this server's page, and its user's
 * Neo4j password, in front of another server. Each page is served at one address only, with {@code dbms} and
 * {@code db} set here; any other query is sent there. The Browser's policy (Guards) lets its WebSockets reach
 * that address alone, so a server typed into its connect form is refused too.
 */
public final class Neo4jBrowserController {
    /** The classic Browser and its preview: the pages in the Browser's jar that read where to connect. */
    public static final String CLASSIC = "/browser/index.html";
    public static final String PREVIEW = "/browser/preview/index.html";

    private final Map<String, List<String>> parameters;
    private final String query;
    private final byte[] classic;
    private final byte[] preview;

    /** {@code connectUri}: the Bolt address with the user ({@code bolt://neo4j@127.0.0.1:7687}). */
    public Neo4jBrowserController(String connectUri, String database) {
        this.parameters = Map.of("dbms", List.of(connectUri), "db", List.of(database));
        this.query = "dbms=" + encode(connectUri) + "&db=" + encode(database);
        this.classic = read(CLASSIC);
        this.preview = read(PREVIEW);
    }

    /** {@code /browser}, {@code /browser/} and {@code /browser/index.html}. */
    public void classic(Context ctx) {
        serve(ctx, CLASSIC, classic);
    }

    /** {@code /browser/preview}, {@code /browser/preview/} and {@code /browser/preview/index.html}. */
    public void preview(Context ctx) {
        serve(ctx, PREVIEW, preview);
    }

    private void serve(Context ctx, String page, byte[] html) {
        if (ctx.path().equals(page) && ctx.queryParamMap().equals(parameters)) {
            ctx.contentType("text/html; charset=utf-8").result(html);
        } else {
            ctx.redirect(page + "?" + query);
        }
    }

    private static byte[] read(String page) {
        try (var in = Neo4jBrowserController.class.getResourceAsStream(page)) {
            if (in == null) throw new IllegalStateException(page + " is missing from the class path (neo4j-browser)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
