package org.tracegraph.http;

import org.tracegraph.core.ProblemException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.tracegraph.neo4j.RequestBookmarks;

/**
 * {@code Tracegraph-Bookmark}: read your own writes through any API instance. Every answer to a request that
 * committed a write carries the bookmark of that write; a request that sends it back starts its reads after
 * it, on whichever instance and database server it reaches. The value is Neo4j's, passed through: opaque to
 * clients, checked here only for its shape; Neo4j says whether it is a bookmark ({@link Errors}).
 */
public final class BookmarkHeader {
    public static final String NAME = "Tracegraph-Bookmark";
    static final int MAX_BOOKMARKS = 16;
    /**
     * Visible ASCII but the comma, which separates bookmarks: what Neo4j's bookmarks are made of. At least three
     * characters: Neo4j 5 cuts a three-character prefix ({@code FB:}) off every bookmark before it reads the
     * rest, and fails with an internal error, not an invalid bookmark, on anything shorter.
     */
    private static final Pattern BOOKMARK = Pattern.compile("[!-+\\--~]{3," + Params.MAX_TEXT_LENGTH + "}");

    private BookmarkHeader() {
    }

    public static void register(RoutesConfig routes) {
        routes.before("/api/*", BookmarkHeader::begin);
        routes.after(ctx -> RequestBookmarks.end());
    }

    private static void begin(Context ctx) {
        RequestBookmarks.end(); // a thread that served a request before may still hold its bookmarks
        var seen = parse(String.join(",", Collections.list(ctx.req().getHeaders(NAME))));
        // a request that commits several writes commits each after the one before: the last bookmark names them all
        RequestBookmarks.begin(seen, committed -> ctx.header(NAME, String.join(", ", committed)));
    }

    /** The bookmarks in a header's value (several headers joined with commas), or a 400 naming the header. */
    static Set<String> parse(String value) {
        var bookmarks = new LinkedHashSet<String>();
        if (value.isBlank()) return bookmarks;
        for (var part : value.split(",", -1)) {
            var bookmark = part.strip();
            if (!BOOKMARK.matcher(bookmark).matches()) {
                throw ProblemException.badParameter(NAME, NAME + " must be the value of a " + NAME + " header this API"
                        + " sent (bookmarks separated by commas), not '" + Params.abbreviate(value) + "'");
            }
            bookmarks.add(bookmark);
        }
        if (bookmarks.size() > MAX_BOOKMARKS) {
            throw ProblemException.badParameter(NAME, NAME + " holds " + bookmarks.size() + " bookmarks; at most "
                    + MAX_BOOKMARKS + " (send the latest one this API gave you)");
        }
        return bookmarks;
    }

    /** The answer when Neo4j does not read the header's values as bookmarks. */
    static ProblemException rejected() {
        return ProblemException.badParameter(NAME, NAME + " holds a value Neo4j does not read as a bookmark: send the"
                + " header back exactly as this API sent it, or leave it out");
    }
}
