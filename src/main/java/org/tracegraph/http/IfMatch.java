package org.tracegraph.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.Optional;
import org.tracegraph.core.Precondition;
import org.tracegraph.core.ProblemType;
import org.tracegraph.json.Json;

/** {@code If-Match} in, {@code ETag} out: the HTTP side of {@link Precondition}, for entities, relationships and views. */
public final class IfMatch {
    private IfMatch() {
    }

    /** The request's {@code If-Match}; without one, a 428: an edit must say which version it changes. */
    public static Precondition required(Context ctx) {
        return sent(ctx).orElseThrow(() -> ProblemType.PRECONDITION_REQUIRED.exception("Send If-Match with the ETag"
                + " of the version you edit (from the GET or the last write), so that no one else's change is"
                + " overwritten; If-Match: * overwrites whatever is there", "If-Match"));
    }

    /** The request's {@code If-Match} if it has one, else any version. */
    public static Precondition optional(Context ctx) {
        return sent(ctx).orElse(Precondition.ANY);
    }

    /** The request's {@code If-Match}, read by the one rule ({@link Precondition#parse}), if it has one. */
    public static Optional<Precondition> sent(Context ctx) {
        var header = ctx.header("If-Match");
        return header == null || header.isBlank() ? Optional.empty() : Optional.of(Precondition.parse(header));
    }

    /**
     * The ETag of a representation of version {@code rev}: {@code "7.3f9a0c1d2e4b5a69"}. The version is what
     * If-Match compares (an entity's relationships have versions of their own, and adding one must not make
     * an edit of the entity's name fail); the digest of the whole JSON keeps the tag strong for caches, which
     * answer 304 to If-None-Match only while every byte is the same.
     */
    public static String etag(long rev, Object representation) {
        return etag(rev, json(representation));
    }

    /** Answers {@code representation} as JSON with its ETag: written once, for the digest and the body. */
    public static void answer(Context ctx, long rev, Object representation) {
        answerJson(ctx, rev, json(representation));
    }

    /** Answers JSON already written, with the ETag of version {@code rev} and of these bytes. */
    public static void answerJson(Context ctx, long rev, byte[] json) {
        ctx.header("ETag", etag(rev, json)).contentType(ContentType.APPLICATION_JSON).result(json);
    }

    private static String etag(long rev, byte[] json) {
        return Precondition.etag(rev, json);
    }

    private static byte[] json(Object representation) {
        try {
            return Json.objectMapper().writeValueAsBytes(representation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
