package org.tracegraph.review;

import io.javalin.http.Context;
import java.util.List;
import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;
import org.tracegraph.http.Access;
import org.tracegraph.http.Bodies;
import org.tracegraph.http.IfMatch;
import org.tracegraph.http.Params;

/**
 * The review queue, for editors only (see {@code App}): {@code GET /api/review?source=&kind=&state=&offset=&limit=},
 * {@code GET /api/review/{id}} (with its ETag), and {@code POST /api/review/{id}} with
 * {@code {"decision": "accept", ...}} or {@code {"decision": "reject"}} under {@code If-Match} (a pair of
 * duplicates has no version of its own: its acceptance is the admin's merge, its rejection "not the same").
 */
public final class ReviewController {
    private final ReviewService review;

    public ReviewController(ReviewService review) {
        this.review = review;
    }

    public void list(Context ctx) {
        var source = Params.optionalId(ctx, "source").orElse(null);
        var kind = oneOf(ctx, "kind", ReviewService.KINDS, null);
        var state = oneOf(ctx, "state", ReviewService.STATES, ReviewService.OPEN);
        int offset = Params.integer(ctx, "offset", 0, 0, 100_000);
        int limit = Params.integer(ctx, "limit", 50, 1, 200);
        ctx.json(review.items(source, kind, state, offset, limit));
    }

    /** The parameter {@code name}: one of {@code words}, or {@code fallback} when not given. */
    private static String oneOf(Context ctx, String name, List<String> words, String fallback) {
        var word = Params.text(ctx, name);
        if (word.isEmpty()) return fallback;
        if (!words.contains(word.get())) {
            throw ProblemException.badParameter(name, name + " must be one of " + String.join(", ", words) + ", not '"
                    + Params.abbreviated(word.get()) + "'");
        }
        return word.get();
    }

    public void item(Context ctx) {
        var item = review.item(Params.pathId(ctx, "id"));
        IfMatch.answer(ctx, item.rev() == null ? 0 : item.rev(), item);
    }

    public void decide(Context ctx) {
        var editor = Access.editor(ctx);
        var id = Params.pathId(ctx, "id");
        var body = Bodies.object(ctx);
        var decision = body.get("decision");
        if (decision == null || !decision.isTextual() || !List.of("accept", "reject").contains(decision.asText())) {
            throw ProblemException.badBody("decision", "decision is required: 'accept' (with the fields the editor"
                    + " chooses) or 'reject'");
        }
        var duplicate = id.startsWith(ReviewService.DUPLICATE + "-");
        if (duplicate && "accept".equals(decision.asText()) && !"admin".equals(editor.name())) {
            throw ProblemType.FORBIDDEN.exception("Accepting a pair of duplicates merges them, which a restore cannot"
                    + " undo: it needs the admin token", "decision");
        }
        var expected = duplicate ? IfMatch.optional(ctx) : IfMatch.required(ctx);
        var decided = "accept".equals(decision.asText()) ? review.accept(editor, id, expected, body)
                : review.reject(editor, id, expected, body);
        if (decided.item().rev() == null) ctx.json(decided);
        else IfMatch.answer(ctx, decided.item().rev(), decided);
    }
}
