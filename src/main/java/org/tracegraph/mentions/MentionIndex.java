package org.tracegraph.mentions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracegraph.core.Folding;

/**
 * Every entity's name and aliases as sequences of words in their one Latin spelling ({@link Folding#latinWords},
 * the folding behind the search index's nameKeys), in a trie keyed by word: a text is matched word by word, so
 * a name is only found as whole words (NDI is not found inside "India"), in any case, with or without
 * diacritics (Müsavat, Musavat, MUSAVAT) and in any script (Баширли, Bəşirli, Bashirli). At each word the longest name wins, then the scan
 * goes on after it, so "Yeni Musavat" is one mention, not also "Musavat".
 */
public final class MentionIndex {
    /** An entity a name leads to, and which of its names it was. */
    record Entry(String id, String name, String type, String matched) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Entry> entries = new ArrayList<>();
    }

    private final Node root = new Node();
    private int entities;

    public void add(String id, String name, String type, List<String> aliases) {
        entities++;
        put(id, name, type, name);
        aliases.forEach(alias -> put(id, name, type, alias));
    }

    private void put(String id, String name, String type, String key) {
        var words = Folding.latinWords(key);
        if (words.isEmpty()) return;
        var node = root;
        for (var word : words) node = node.next.computeIfAbsent(word, w -> new Node());
        if (node.entries.stream().noneMatch(e -> e.id().equals(id))) node.entries.add(new Entry(id, name, type, key));
    }

    public int entities() {
        return entities;
    }

    public List<Mention> find(String text) {
        var tokens = Folding.latinTokens(text);
        var mentions = new ArrayList<Mention>();
        int i = 0;
        while (i < tokens.size()) {
            var node = root;
            List<Entry> best = null;
            int bestEnd = i;
            for (int j = i; j < tokens.size(); j++) {
                node = node.next.get(tokens.get(j).word());
                if (node == null) break;
                if (!node.entries.isEmpty()) {
                    best = node.entries;
                    bestEnd = j + 1;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(bestEnd - 1).end();
            for (var entry : best) {
                mentions.add(new Mention(entry.id(), entry.name(), entry.type(), start, end, text.substring(start, end),
                        entry.matched()));
            }
            i = bestEnd;
        }
        return mentions;
    }
}
