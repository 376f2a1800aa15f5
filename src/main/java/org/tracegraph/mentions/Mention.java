package org.tracegraph.mentions;

import java.util.List;

/**
 * An entity named in a text: which one, where ({@code text.substring(start, end)}, UTF-16 offsets as
 * JavaScript counts them), the words as written, and the name or alias they match.
 */
public record Mention(String id, String name, String type, int start, int end, String text, String matched) {

    /** The answer of {@code POST /api/mentions}: the mentions in order of where they start. */
    public record Found(List<Mention> mentions, int entities) {
    }
}
