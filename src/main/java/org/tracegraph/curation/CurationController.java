package org.tracegraph.curation;

import org.tracegraph.http.IfMatch;

import org.tracegraph.core.ProblemException;

import io.javalin.http.Context;
import org.tracegraph.http.Bodies;
import org.tracegraph.http.Access;
import org.tracegraph.http.Params;

/**
 * HTTP in and out for editing the graph. Every write needs the editor token (a merge the admin token: see
 * {@code App}); every edit of an existing
 * entity or relationship needs {@code If-Match} with the ETag of the version it changes.
 */
public final class CurationController {
    private final CurationService curation;
    private final HistoryService history;
    private final org.tracegraph.http.Protection protection;

    public CurationController(CurationService curation, HistoryService history,
                              org.tracegraph.http.Protection protection) {
        this.curation = curation;
        this.history = history;
        this.protection = protection;
    }

    /** {@code POST /api/sources}: a source, with its held text when given (up to MAX_SOURCE_TEXT_SIZE). */
    public void createSource(Context ctx) {
        var editor = Access.editor(ctx);
        var source = curation.createSource(editor, Bodies.largeObject(ctx, protection));
        ctx.status(201).header("Location", "/api/sources/" + source.entity().id())
                .header("ETag", IfMatch.etag(source.rev(), source)).json(source);
    }

    /** {@code PUT /api/sources/{id}/text}: the held text, as text/plain, under If-Match (the source's ETag). */
    public void putText(Context ctx) {
        var editor = Access.editor(ctx);
        var id = Params.pathId(ctx, "id");
        var expected = IfMatch.required(ctx);
        var source = curation.putText(editor, id, expected, Bodies.text(ctx, protection));
        ctx.header("ETag", IfMatch.etag(source.rev(), source)).json(source);
    }

    public void createEntity(Context ctx) {
        var editor = Access.editor(ctx);
        var entity = curation.createEntity(editor, Bodies.object(ctx));
        ctx.status(201).header("Location", "/api/entities/" + entity.entity().id())
                .header("ETag", IfMatch.etag(entity.rev(), entity)).json(entity);
    }

    public void updateEntity(Context ctx) {
        var editor = Access.editor(ctx);
        var id = Params.pathId(ctx, "id");
        var expected = IfMatch.required(ctx);
        var entity = curation.updateEntity(editor, id, expected, Bodies.object(ctx));
        ctx.header("ETag", IfMatch.etag(entity.rev(), entity)).json(entity);
    }

    public void deleteEntity(Context ctx) {
        var editor = Access.editor(ctx);
        var id = Params.pathId(ctx, "id");
        ctx.json(curation.deleteEntity(editor, id, IfMatch.required(ctx)));
    }

    public void restoreEntity(Context ctx) {
        var editor = Access.editor(ctx);
        var restored = curation.restoreEntity(editor, Params.pathId(ctx, "id"));
        ctx.status(201).header("Location", "/api/entities/" + restored.id())
                .header("ETag", IfMatch.etag(restored.entity().rev(), restored.entity())).json(restored);
    }

    /** A merge cannot be undone by a restore: its route needs the admin token. */
    public void merge(Context ctx) {
        var editor = Access.editor(ctx);
        var id = Params.pathId(ctx, "id");
        var body = Bodies.object(ctx);
        var into = Fields.id(body, "into");
        if (into == null) throw ProblemException.badBody("into", "into is required: the id of the entity that survives");
        Fields.onlyKnown(body, java.util.Set.of("into"), "a merge");
        var merged = curation.merge(editor, id, into, IfMatch.optional(ctx));
        ctx.header("ETag", IfMatch.etag(merged.entity().rev(), merged.entity())).json(merged);
    }

    public void relationship(Context ctx) {
        var relationship = curation.relationship(Params.pathId(ctx, "id"));
        ctx.header("ETag", IfMatch.etag(relationship.rev(), relationship)).json(relationship);
    }

    public void createRelationship(Context ctx) {
        var editor = Access.editor(ctx);
        var relationship = curation.createRelationship(editor, Bodies.object(ctx));
        ctx.status(201).header("Location", "/api/relationships/" + relationship.edge().id())
                .header("ETag", IfMatch.etag(relationship.rev(), relationship)).json(relationship);
    }

    public void updateRelationship(Context ctx) {
        var editor = Access.editor(ctx);
        var id = Params.pathId(ctx, "id");
        var expected = IfMatch.required(ctx);
        var relationship = curation.updateRelationship(editor, id, expected, Bodies.object(ctx));
        ctx.header("ETag", IfMatch.etag(relationship.rev(), relationship)).json(relationship);
    }

    public void deleteRelationship(Context ctx) {
        var editor = Access.editor(ctx);
        var id = Params.pathId(ctx, "id");
        ctx.json(curation.deleteRelationship(editor, id, IfMatch.required(ctx)));
    }

    /** The history holds what was deleted, perhaps for good reason: only editors read it (see {@code App}). */
    public void changes(Context ctx) {
        var entity = Params.optionalId(ctx, "entity").orElse(null);
        var before = Params.optionalId(ctx, "before").orElse(null);
        ctx.json(history.changes(entity, before, Params.integer(ctx, "limit", 50, 1, 500)));
    }

    public void change(Context ctx) {
        ctx.json(history.change(Params.pathId(ctx, "id")));
    }
}
