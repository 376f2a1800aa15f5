package org.tracegraph.curation;

import org.tracegraph.core.ProblemType;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * What a write expects to change: the versions named by {@code If-Match}, or any version ({@code If-Match: *},
 * or a tool that takes its own care, such as an import). Checked inside the write transaction, after the
 * entity or relationship is locked, so a version cannot change between the check and the write.
 */
public record Precondition(List<Long> revs) {
    public static final Precondition ANY = new Precondition(null);

    /** The version part of an ETag, as 412 problems name it: {@code "7"}. */
    public static String etag(long rev) {
        return "\"" + rev + "\"";
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

    private static String etag(long rev, byte[] json) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256").digest(json);
            return "\"" + rev + "." + java.util.HexFormat.of().formatHex(digest, 0, 8) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers {@code representation} as JSON with its ETag: written once, for the digest and the body. */
    public static void answer(Context ctx, long rev, Object representation) {
        var json = json(representation);
        ctx.header("ETag", etag(rev, json)).contentType(io.javalin.http.ContentType.APPLICATION_JSON).result(json);
    }

    private static byte[] json(Object representation) {
        try {
            return org.tracegraph.json.Json.objectMapper().writeValueAsBytes(representation);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request's {@code If-Match}; without one, a 428: an edit must say which version it changes. */
    public static Precondition required(Context ctx) {
        var header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            throw ProblemType.PRECONDITION_REQUIRED.exception("Send If-Match with the ETag of the version you edit (from the GET or the last write), so that"
                            + " no one else's change is overwritten; If-Match: * overwrites whatever is there", "If-Match");
        }
        return parse(header);
    }

    /** The request's {@code If-Match} if it has one, else any version. */
    public static Precondition optional(Context ctx) {
        var header = ctx.header("If-Match");
        return header == null || header.isBlank() ? ANY : parse(header);
    }

    static Precondition parse(String header) {
        if (header.strip().equals("*")) return ANY;
        var revs = new ArrayList<Long>();
        for (var part : header.split(",")) {
            var tag = part.strip();
            // weak validators never match for If-Match (RFC 9110, 13.1.1): such a tag stays unmatched
            if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                var opaque = tag.substring(1, tag.length() - 1);
                var dot = opaque.indexOf('.');
                try {
                    revs.add(Long.parseLong(dot < 0 ? opaque : opaque.substring(0, dot)));
                } catch (NumberFormatException ignored) {
                    // not one of ours: it cannot match
                }
            }
        }
        return new Precondition(List.copyOf(revs));
    }

    /** Throws a 412 unless the current version {@code rev} of {@code what} is one this write expects. */
    public void check(String what, String id, long rev) {
        if (revs == null || revs.contains(rev)) return;
        throw ProblemType.PRECONDITION_FAILED.exception("The " + what + " '" + id + "' changed since you read it: it is at version " + etag(rev)
                        + ", you sent If-Match for " + String.join(", ", revs.stream().map(Precondition::etag).toList())
                        + ". Read it again, apply your change to what is there now, and send that", "If-Match");
    }
}
