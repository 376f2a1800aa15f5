package org.tracegraph.duplicates;

import java.util.List;

/**
 * Two entities that may be the same, with how likely (0 to 1) and why: the signals the score came from, each
 * in words an editor can check.
 */
public record DuplicatePair(Side a, Side b, double score, List<Reason> why) {

    /** One of the two entities, and which of its names (name or alias) matched the other's best. */
    public record Side(String id, String name, String type, String matched) {
    }

    /** One signal: {@code names}, {@code type}, {@code dates}, {@code neighbours} or {@code linked}. */
    public record Reason(String signal, String detail) {
    }

    /** The answer of {@code GET /api/duplicates}: best first. */
    public record Pairs(List<DuplicatePair> pairs) {
    }
}
