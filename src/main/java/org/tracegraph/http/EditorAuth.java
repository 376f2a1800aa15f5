package org.tracegraph.http;

import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;
import org.tracegraph.core.Editor;

import io.javalin.http.Context;
import java.util.Optional;
import org.tracegraph.config.Secrets;
import org.tracegraph.http.Tokens.Role;

/**
 * Who may do what: reads need the reader token when one is set ({@link #requireReader}), writes the editor
 * token ({@link #require}), merges and imports the admin token ({@link #requireAdmin}); a stronger token does
 * everything a weaker one does. Tokens travel as {@code Authorization: Bearer <token>}, are compared in
 * constant time ({@link Tokens}) and never logged.
 *
 * <p>Who made a change is what the token proves: "editor" or "admin". The tokens are shared by role, so no
 * token names a person; {@code X-Editor} is what the sender says of themself, and anyone with the token can
 * write any name there. It is kept as a claim beside the proven identity ({@code editorClaim} in the
 * history), never as the editor: a change made with {@code X-Editor: Someone Else} is recorded as made by
 * "editor", claiming to be Someone Else.
 */
public final class EditorAuth {
    public static final String EDITOR_HEADER = "X-Editor";
    private static final int MAX_NAME = 100;
    private final Tokens tokens;

    public EditorAuth(Tokens tokens) {
        this.tokens = tokens;
    }

    /** Public reads, this editor token, and an admin token nobody knows: no merges, no imports. */
    public EditorAuth(String editorToken) {
        this(new Tokens(Optional.empty(), editorToken, Secrets.random()));
    }

    /** The editor making this request, or a 401 (no token, or an unknown one) or 403 (a reader's) problem. */
    public Editor require(Context ctx) {
        return editor(ctx, Role.EDITOR, "the editor token");
    }

    /** Merges and imports: the admin token only. */
    public Editor requireAdmin(Context ctx) {
        return editor(ctx, Role.ADMIN, "the admin token");
    }

    /** Reads: nothing when reads are public, otherwise any of the three tokens. */
    public void requireReader(Context ctx) {
        if (tokens.readsArePublic()) return;
        if (tokens.roleOf(ctx).isEmpty()) {
            throw unauthorized(ctx, Tokens.hasBearer(ctx) ? "The bearer token is not one this server knows"
                    : "Reading this server needs a token: send it as 'Authorization: Bearer <token>'");
        }
    }

    private Editor editor(Context ctx, Role needed, String tokenName) {
        if (!Tokens.hasBearer(ctx)) {
            throw unauthorized(ctx, "This needs " + tokenName + ": send it as 'Authorization: Bearer <token>'");
        }
        var role = tokens.roleOf(ctx)
                .orElseThrow(() -> unauthorized(ctx, "The bearer token is not " + tokenName));
        if (role.compareTo(needed) < 0) {
            throw ProblemType.FORBIDDEN.exception("This needs " + tokenName + "; the " + role.name().toLowerCase(java.util.Locale.ROOT)
                            + " token sent does not allow it");
        }
        var identity = role == Role.ADMIN ? "admin" : "editor";
        var claim = ctx.header(EDITOR_HEADER);
        if (claim == null || claim.isBlank()) return new Editor(identity);
        claim = claim.strip();
        if (claim.length() > MAX_NAME || claim.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badParameter(EDITOR_HEADER,
                    EDITOR_HEADER + " must be a name of at most " + MAX_NAME + " printable characters");
        }
        return new Editor(identity, claim);
    }

    private static ProblemException unauthorized(Context ctx, String detail) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"tracegraph\"");
        return ProblemType.UNAUTHORIZED.exception(detail);
    }

}
