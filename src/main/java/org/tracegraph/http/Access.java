package org.tracegraph.http;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tracegraph.core.Editor;

/**
 * Who may call a route, declared on the route in {@code App} ({@code post("entities", curation::createEntity,
 * Access.EDITOR)}) and checked by {@link AccessCheck} before it runs. Each level can do everything the ones
 * before it can: a token opens its own level and every one below.
 */
public enum Access implements RouteRole {
    /** The app's own files and pages (explorer, docs, Neo4j Browser): anyone; not counted against the rate limit. */
    FILE("files"),
    /** Anyone, even when {@code READER_TOKEN} is set: what an embed on a public page needs, health and the docs. */
    PUBLIC("public"),
    /** Reads: anyone when {@code READER_TOKEN} is unset, otherwise the reader, editor or admin token. */
    READER("reader"),
    /** Writes and the history: the editor or admin token. */
    EDITOR("editor"),
    /** What a restore cannot undo (merges): the admin token. */
    ADMIN("admin");

    private static final String EDITOR_ATTRIBUTE = "tracegraph.editor";
    private static final String CLIENT_ATTRIBUTE = "tracegraph.client";
    private final String label;

    Access(String label) {
        this.label = label;
    }

    /** How the role is named in the docs and the start-up log. */
    public String label() {
        return label;
    }

    /** The route's role, if it declared one (more than one is a mistake, refused like none). */
    public static Optional<Access> of(Set<? extends RouteRole> roles) {
        var declared = roles.stream().filter(Access.class::isInstance).map(Access.class::cast).toList();
        return declared.size() == 1 ? Optional.of(declared.get(0)) : Optional.empty();
    }

    /** Whether the route changes something: it is counted against the write budget. */
    public boolean writes() {
        return compareTo(EDITOR) >= 0;
    }

    /**
     * Who is making this request, for a handler on an {@link #EDITOR} or {@link #ADMIN} route: what the token
     * proved, with the {@code X-Editor} claim beside it. Set by {@link AccessCheck} before the handler runs.
     */
    public static Editor editor(Context ctx) {
        Editor editor = ctx.attribute(EDITOR_ATTRIBUTE);
        if (editor == null) {
            throw new IllegalStateException("No editor on " + ctx.method() + " " + ctx.path()
                    + ": Access.editor is for handlers of editor and admin routes");
        }
        return editor;
    }

    static void setEditor(Context ctx, Editor editor) {
        ctx.attribute(EDITOR_ATTRIBUTE, editor);
    }

    /**
     * Who is asking, as the budgets and queues count clients: the client's address. Set by {@link AccessCheck}
     * before the handler runs, so every part of a request names its client the same way.
     */
    public static String client(Context ctx) {
        String client = ctx.attribute(CLIENT_ATTRIBUTE);
        return client != null ? client : ctx.ip();
    }

    static void setClient(Context ctx, String client) {
        ctx.attribute(CLIENT_ATTRIBUTE, client);
    }

    /** The token a route of this level needs, as the problems name it ("the editor token"). */
    String tokenName() {
        return "the " + name().toLowerCase(Locale.ROOT) + " token";
    }
}
