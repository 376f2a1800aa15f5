package org.tracegraph.mentions;

import java.util.List;

/**
 * An entity named in a text: which one, where ({@code text.substring(start, end)}, UTF-16 offsets as
 * JavaScript counts them), the words as written, and the name or alias they match.
 */
public record Mention(String id, String name, String type, int start, int end, String text, String matched) {

    /**
     * The answer of {@code POST /api/mentions}: the mentions in order of where they start, and the sentences
     * that name two or more different known entities (the links an editor might record, each with that
     * sentence as its quote).
     */
    public record Found(List<Mention> mentions, int entities, List<Sentence> sentences) {
    }

    /**
     * A sentence ({@code text.substring(start, end)}) naming two or more different known entities: their ids
     * in the order they are first named, and the cues in it. No type and no status: those are the editor's.
     */
    public record Sentence(int start, int end, List<String> entities, List<Cues.Found> cues) {
    }
}
