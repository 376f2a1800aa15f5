package org.tracegraph.http;

import org.tracegraph.core.ProblemException;
import org.tracegraph.core.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.tracegraph.json.Json;

/**
 * Request bodies: JSON objects, checked, with a problem naming what is wrong when they are not. Their size is
 * MAX_BODY_SIZE's alone: {@link Guards} refuses a larger Content-Length before a byte is read, and Javalin (its
 * {@code maxRequestSize}, set from the same setting in {@code App}) stops reading a body sent without one.
 */
public final class Bodies {

    private Bodies() {
    }

    /** The body as a JSON object; an empty body is an empty object. */
    public static JsonNode object(Context ctx) {
        return object(ctx, body(ctx));
    }

    /**
     * The body of a route marked {@link BodySize#TEXT} as a JSON object: read up to the route's limit (beyond
     * MAX_BODY_SIZE, which bounds {@link Context#body}).
     */
    public static JsonNode largeObject(Context ctx, Protection protection) {
        return object(ctx, bounded(ctx, protection));
    }

    /** The body of a route marked {@link BodySize#TEXT} as text ({@code text/plain}, UTF-8). */
    public static String text(Context ctx, Protection protection) {
        var type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("text/plain")) {
            throw ProblemType.UNSUPPORTED_MEDIA_TYPE.exception("Send the text as text/plain; charset=utf-8");
        }
        if (type.contains("charset=") && !type.replace(" ", "").contains("charset=utf-8")) {
            throw ProblemType.UNSUPPORTED_MEDIA_TYPE.exception("Send the text in UTF-8 (text/plain; charset=utf-8)");
        }
        var text = bounded(ctx, protection);
        return text;
    }

    private static String bounded(Context ctx, Protection protection) {
        long limit = BodySize.limit(ctx.routeRoles(), protection);
        try (var in = ctx.bodyInputStream()) {
            var bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw ProblemType.BODY_TOO_LARGE.exception("The body is larger than this server takes here (" + limit
                        + " bytes, from MAX_SOURCE_TEXT_SIZE)");
            }
            var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
            try {
                return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw badBody(null, "The body is not valid UTF-8");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode object(Context ctx, String body) {
        var contentType = ctx.contentType();
        if (body.isBlank()) return Json.objectMapper().createObjectNode();
        var type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        // a PATCH may say what it is: a JSON merge patch (RFC 7396)
        if (!type.startsWith("application/json") && !type.startsWith("application/merge-patch+json")) {
            throw ProblemType.UNSUPPORTED_MEDIA_TYPE.exception("Send the body as application/json");
        }
        try {
            var json = Json.objectMapper().readTree(body);
            if (json == null || !json.isObject()) throw badBody(null, "The body must be a JSON object");
            return json;
        } catch (JsonProcessingException e) {
            throw badBody(null, "The body is not valid JSON: " + Json.problemIn(e)
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"));
        }
    }

    private static String body(Context ctx) {
        try {
            return ctx.body();
        } catch (HttpResponseException e) {
            if (e.getStatus() != 413) throw e;
            throw ProblemType.BODY_TOO_LARGE.exception("The body is larger than this server takes (MAX_BODY_SIZE)");
        }
    }

    public static ProblemException badBody(String field, String detail) {
        return ProblemType.BAD_BODY.exception(detail, field);
    }
}
