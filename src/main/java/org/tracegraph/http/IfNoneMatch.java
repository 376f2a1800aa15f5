package org.tracegraph.http;

import io.javalin.http.Context;

/**
 * The request's {@code If-None-Match}, for a GET that may answer 304: it names the representation the client
 * holds by its ETag. Compared weakly, as RFC 9110 (13.1.2) asks of If-None-Match: {@code W/"x"} names {@code "x"}.
 */
public final class IfNoneMatch {
    private IfNoneMatch() {
    }

    /** Whether the client already holds {@code etag}: the header lists it, or is {@code *}. */
    public static boolean holds(Context ctx, String etag) {
        var header = ctx.header("If-None-Match");
        if (header == null || header.isBlank()) return false;
        if (header.strip().equals("*")) return true;
        var wanted = opaque(etag);
        for (var tag : header.split(",")) {
            if (opaque(tag.strip()).equals(wanted)) return true;
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
