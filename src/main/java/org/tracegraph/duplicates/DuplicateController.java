package org.tracegraph.duplicates;

import io.javalin.http.Context;
import org.tracegraph.core.EntityType;
import org.tracegraph.core.ProblemException;
import org.tracegraph.http.Access;
import org.tracegraph.http.Bodies;
import org.tracegraph.http.Params;

/**
 * {@code GET /api/duplicates?type=&limit=}: pairs of entities that may be the same, best first.
 * {@code POST /api/duplicates/decisions} with {@code {"a", "b", "decision": "different", "note"}}: the pair is
 * not one entity, and is never listed again.
 */
public final class DuplicateController {
    private static final int MAX_NOTE = 2_000;
    private final DuplicateService duplicates;

    public DuplicateController(DuplicateService duplicates) {
        this.duplicates = duplicates;
    }

    public void list(Context ctx) {
        var type = Params.text(ctx, "type").map(word -> EntityType.ofIgnoringCase(word).map(EntityType::label)
                .orElseThrow(() -> ProblemException.badParameter("type", "type must be one of "
                        + String.join(", ", EntityType.labels()) + ", not '" + Params.abbreviated(word) + "'")));
        int limit = Params.integer(ctx, "limit", 20, 1, 100);
        ctx.json(duplicates.pairs(type, limit));
    }

    public void decide(Context ctx) {
        var editor = Access.editor(ctx);
        var body = Bodies.object(ctx);
        var a = id(body, "a");
        var b = id(body, "b");
        var decision = body.get("decision");
        if (decision == null || !decision.isTextual()) {
            throw ProblemException.badBody("decision", "decision is required: 'different' (the two are not the same entity)");
        }
        DuplicateService.requireDifferent(decision.asText());
        var note = body.get("note");
        if (note != null && !note.isNull() && (!note.isTextual() || note.asText().length() > MAX_NOTE)) {
            throw ProblemException.badBody("note", "note must be text of at most " + MAX_NOTE + " characters");
        }
        var unknown = new java.util.TreeSet<String>();
        body.fieldNames().forEachRemaining(unknown::add);
        unknown.removeAll(java.util.Set.of("a", "b", "decision", "note"));
        if (!unknown.isEmpty()) {
            throw ProblemException.badBody(unknown.first(), "a decision has the fields a, b, decision and note, not "
                    + String.join(", ", unknown));
        }
        var decided = duplicates.decideDifferent(editor, a, b,
                note == null || note.isNull() || note.asText().isBlank() ? null : note.asText());
        ctx.status(decided.created() ? 201 : 200).json(decided);
    }

    private static String id(com.fasterxml.jackson.databind.JsonNode body, String field) {
        var value = body.get(field);
        if (value == null || !value.isTextual()) {
            throw ProblemException.badBody(field, field + " is required: the id of one of the two entities");
        }
        try {
            return Params.id(field, value.asText());
        } catch (ProblemException e) {
            throw ProblemException.badBody(field, e.problem().detail());
        }
    }
}
