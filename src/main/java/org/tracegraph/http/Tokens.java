package org.tracegraph.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The bearer tokens that open Tracegraph: the reader token (when reads are not public), the editor token
 * (writes and imports) and the admin token (merges); each opens its {@link Access} level and those below it.
 * Each offered token is compared with every one of them in constant time, so the answer's timing says nothing
 * about how much of a token was right. They are never logged: {@link #toString()} hides them.
 */
public final class Tokens {
    private final byte[] reader;
    private final byte[] editor;
    private final byte[] admin;

    /** {@code reader} empty: reads are public. */
    public Tokens(Optional<String> reader, String editor, String admin) {
        this.reader = reader.map(Tokens::bytes).orElse(null);
        this.editor = bytes(editor);
        this.admin = bytes(admin);
    }

    public boolean readsArePublic() {
        return reader == null;
    }

    /** The level the request's bearer token opens the request carries, if it carries one Tracegraph knows. */
    public Optional<Access> roleOf(Context ctx) {
        var offered = bearer(ctx);
        if (offered == null) return Optional.empty();
        var bytes = bytes(offered);
        // every comparison is made, whichever matches
        boolean isAdmin = MessageDigest.isEqual(bytes, admin);
        boolean isEditor = MessageDigest.isEqual(bytes, editor);
        boolean isReader = reader != null && MessageDigest.isEqual(bytes, reader);
        if (isAdmin) return Optional.of(Access.ADMIN);
        if (isEditor) return Optional.of(Access.EDITOR);
        return isReader ? Optional.of(Access.READER) : Optional.empty();
    }

    /** Whether the request carries an {@code Authorization: Bearer} header at all. */
    public static boolean hasBearer(Context ctx) {
        return bearer(ctx) != null;
    }

    private static String bearer(Context ctx) {
        var header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        return header.substring(7).trim();
    }

    private static byte[] bytes(String token) {
        return token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Tokens[hidden]";
    }
}
