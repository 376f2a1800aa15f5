package org.tracegraph.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a write expects to change: the versions named by {@code If-Match}, or any version ({@code If-Match: *},
 * or a tool that takes its own care, such as an import). The one rule for entities, relationships and saved
 * views. An entity or relationship is checked inside the write transaction, after it is locked, so a version
 * cannot change between the check and the write; a view's next version is written only over the version checked.
 */
public record Precondition(List<Long> revs) {
    public static final Precondition ANY = new Precondition(null);
    /** One entity-tag (RFC 9110, 8.8.3): optionally weak, then quoted characters without a quote or space. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7e]*\"");

    /** The version part of an ETag, as 412 problems name it, and a saved view's whole ETag: {@code "7"}. */
    public static String etag(long rev) {
        return "\"" + rev + "\"";
    }

    /**
     * The ETag of one representation of version {@code rev}: {@code "7.3f9a0c1d2e4b5a69"}. If-Match compares
     * the version; the digest of the bytes keeps the tag strong for caches, which answer 304 to If-None-Match
     * only while every byte is the same.
     */
    public static String etag(long rev, byte[] representation) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256").digest(representation);
            return "\"" + rev + "." + java.util.HexFormat.of().formatHex(digest, 0, 8) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The versions an {@code If-Match} value names: {@code *} is any; each strong tag {@code "7"} or
     * {@code "7.3f9a…"} names version 7; weak tags ({@code W/"7"}) never match for If-Match (RFC 9110, 13.1.1),
     * nor do tags that are not ours. A value that is not {@code *} or a list of entity-tags is a 400 naming
     * If-Match: it says nothing a version could match, and is more likely a mistake than a stale read.
     */
    public static Precondition parse(String header) {
        if (header.strip().equals("*")) return ANY;
        var revs = new ArrayList<Long>();
        for (var part : header.split(",")) {
            var tag = part.strip();
            if (!ENTITY_TAG.matcher(tag).matches()) {
                throw ProblemException.badParameter("If-Match", "If-Match must be * or the ETag of the version the"
                        + " edit starts from, such as \"3\", not '" + abbreviated(header.strip()) + "'");
            }
            if (tag.startsWith("W/")) continue;
            var opaque = tag.substring(1, tag.length() - 1);
            var dot = opaque.indexOf('.');
            try {
                revs.add(Long.parseLong(dot < 0 ? opaque : opaque.substring(0, dot)));
            } catch (NumberFormatException ignored) {
                // not one of ours: it cannot match
            }
        }
        return new Precondition(List.copyOf(revs));
    }

    /** Whether {@code rev} is a version this write expects. */
    public boolean matches(long rev) {
        return revs == null || revs.contains(rev);
    }

    /** The versions named, as the ETags a 412 lists: {@code "1", "2"}; none when only weak or foreign tags were sent. */
    public String named() {
        return revs == null ? "*" : revs.isEmpty() ? "no version (weak or unknown tags never match)"
                : String.join(", ", revs.stream().map(Precondition::etag).toList());
    }

    /** Throws a 412 unless the current version {@code rev} of {@code what} is one this write expects. */
    public void check(String what, String id, long rev) {
        if (matches(rev)) return;
        throw ProblemType.PRECONDITION_FAILED.exception("The " + what + " '" + id + "' changed since you read it:"
                + " it is at version " + etag(rev) + ", you sent If-Match for " + named()
                + ". Read it again, apply your change to what is there now, and send that", "If-Match");
    }

    private static String abbreviated(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
