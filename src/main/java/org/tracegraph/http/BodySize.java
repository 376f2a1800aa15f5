package org.tracegraph.http;

import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * A route's body limit, declared beside its {@link Access}: every body is at most {@code MAX_BODY_SIZE}, but a
 * route marked {@link #LARGE} (the importer, which streams its body to a file) takes up to
 * {@code MAX_IMPORT_SIZE}, and one marked {@link #TEXT} (a source's held text) {@code MAX_SOURCE_TEXT_SIZE} and
 * {@link #TEXT_ROOM} for the fields around it.
 */
public enum BodySize implements RouteRole {
    LARGE,
    TEXT,
    /** A document to ingest: up to {@code MAX_DOCUMENT_SIZE}, read into memory for its hash and its parser. */
    DOCUMENT;

    /** Room for a source's other fields, and JSON's escapes, beside its held text. */
    public static final long TEXT_ROOM = 64 * 1024;

    static boolean isLarge(Set<? extends RouteRole> roles) {
        return roles.contains(LARGE);
    }

    /** The most bytes a route with {@code roles} takes. */
    static long limit(Set<? extends RouteRole> roles, Protection protection) {
        if (roles.contains(LARGE)) return protection.maxImportBytes();
        if (roles.contains(DOCUMENT)) return protection.maxDocumentBytes() + TEXT_ROOM;
        if (roles.contains(TEXT)) return Math.max(protection.maxBodyBytes(), protection.maxSourceTextBytes() * 2 + TEXT_ROOM);
        return protection.maxBodyBytes();
    }
}
