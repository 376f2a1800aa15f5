package org.tracegraph.mentions;

import org.tracegraph.core.ProblemException;

import io.javalin.http.Context;
import org.tracegraph.http.Bodies;

/** {@code POST /api/mentions} with {@code {"text": "..."}}: the known entities the text names, and where. */
public final class MentionController {
    private final MentionService mentions;

    public MentionController(MentionService mentions) {
        this.mentions = mentions;
    }

    public void find(Context ctx) {
        var body = Bodies.object(ctx);
        var text = body.get("text");
        if (text == null || !text.isTextual()) {
            throw ProblemException.badBody("text", "text is required: the article or passage to look for known entities in");
        }
        if (text.asText().length() > MentionService.MAX_TEXT) {
            throw ProblemException.badBody("text", "text is longer than " + MentionService.MAX_TEXT + " characters");
        }
        ctx.json(mentions.find(text.asText()));
    }
}
