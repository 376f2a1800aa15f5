package org.tracegraph.notes;

import io.javalin.http.Context;
import java.util.ArrayList;
import org.tracegraph.core.ProblemException;
import org.tracegraph.http.Access;
import org.tracegraph.http.Bodies;
import org.tracegraph.http.IfMatch;
import org.tracegraph.http.Params;

/**
 * HTTP in and out for editors' notes. Every route needs the editor token (see {@code App}): notes are private,
 * never shown to readers. An edit or a deletion needs {@code If-Match}, as every edit does.
 */
public final class NoteController {
    private final NoteService notes;

    public NoteController(NoteService notes) {
        this.notes = notes;
    }

    /** {@code ?entity=ID}, {@code ?relationship=ID} or {@code ?view=ID}: exactly one. */
    public void list(Context ctx) {
        var given = new ArrayList<NoteTarget>();
        for (var kind : NoteTarget.values()) {
            if (ctx.queryParam(kind.key()) != null) given.add(kind);
        }
        if (given.size() != 1) {
            throw ProblemException.badParameter(given.isEmpty() ? "entity" : given.get(1).key(), "Name exactly one"
                    + " thing whose notes you want, as ?entity=ID, ?relationship=ID or ?view=ID");
        }
        var kind = given.get(0);
        ctx.json(notes.notes(kind, Params.requiredId(ctx, kind.key())));
    }

    public void note(Context ctx) {
        var note = notes.note(Params.pathId(ctx, "id"));
        IfMatch.answer(ctx, note.rev(), note);
    }

    public void create(Context ctx) {
        var note = notes.create(Access.editor(ctx), Bodies.object(ctx));
        ctx.status(201).header("Location", "/api/notes/" + note.id());
        IfMatch.answer(ctx, note.rev(), note);
    }

    public void update(Context ctx) {
        var editor = Access.editor(ctx);
        var id = Params.pathId(ctx, "id");
        var expected = IfMatch.required(ctx);
        var note = notes.update(editor, id, expected, Bodies.object(ctx));
        IfMatch.answer(ctx, note.rev(), note);
    }

    public void delete(Context ctx) {
        var editor = Access.editor(ctx);
        var id = Params.pathId(ctx, "id");
        ctx.json(notes.delete(editor, id, IfMatch.required(ctx)));
    }
}
