package org.tracegraph.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may write: a request bearing the editor token ({@code Authorization: Bearer <token>}). The token is
 * compared in constant time and never logged. An editor may name themself in {@code X-Editor}, which the
 * history of changes records; without it the change is recorded as made by "editor".
 */
public final class EditorAuth {
    public static final String EDITOR_HEADER = "X-Editor";
    private static final int MAX_NAME = 100;
    private final byte[] token;

    public EditorAuth(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** The editor making this request, or a 401 problem when the request does not carry the token. */
    public Editor require(Context ctx) {
        var header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized(ctx, "This needs the editor token: send it as 'Authorization: Bearer <token>'");
        }
        var offered = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(offered, token)) {
            throw unauthorized(ctx, "The bearer token is not the editor token");
        }
        var name = ctx.header(EDITOR_HEADER);
        if (name == null || name.isBlank()) {
            return new Editor("editor");
        }
        name = name.strip();
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badParameter(EDITOR_HEADER,
                    EDITOR_HEADER + " must be a name of at most " + MAX_NAME + " printable characters");
        }
        return new Editor(name);
    }

    private static ApiException unauthorized(Context ctx, String detail) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"tracegraph\"");
        return new ApiException(new Problem(Errors.UNAUTHORIZED, "Unauthorized", 401, detail, null));
    }

    /** The person (or tool) behind a write, as the history of changes names them. */
    public record Editor(String name) {
    }
}
