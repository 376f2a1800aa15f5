package org.tracegraph.core;

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
     * The versions an {@code If-Match} value names: {@code *} is any; each strong tag {@code "7"} or
     * {@code "7.3f9a…"} names version 7; weak tags never match for If-Match (RFC 9110, 13.1.1), nor do tags
     * that are not ours.
     */
    public static Precondition parse(String header) {
        if (header.strip().equals("*")) return ANY;
        var revs = new ArrayList<Long>();
        for (var part : header.split(",")) {
            var tag = part.strip();
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
        throw ProblemType.PRECONDITION_FAILED.exception("The " + what + " '" + id + "' changed since you read it:"
                + " it is at version " + etag(rev) + ", you sent If-Match for "
                + String.join(", ", revs.stream().map(Precondition::etag).toList())
                + ". Read it again, apply your change to what is there now, and send that", "If-Match");
    }
}
