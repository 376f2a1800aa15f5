package org.tracegraph.search;

import org.tracegraph.core.Folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tracegraph.graph.GraphBuilder;
import org.tracegraph.neo4j.CypherFile;
import org.tracegraph.neo4j.Database;

/**
 * Ranked search over names, aliases and descriptions. Each word of the query must match a field, exactly,
 * as a prefix (so the box answers while one types) or, for longer words, within one edit (so "Ismailova"
 * finds "Ismayilova"); a hit on the name weighs most, then an alias, a title, a description. A word also
 * matches in its Latin spelling among the names' Latin spellings (nameKeys), so "Исмаилова" finds Khadija
 * Ismayilova, below any entity written in the searcher's script.
 */
public final class SearchService {
    private static final java.util.regex.Pattern WORD_SPLIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");
    private final Database db;

    public SearchService(Database db) {
        this.db = db;
    }

    public List<SearchResult> search(String text, Optional<String> type, int limit) {
        var words = Folding.words(text);
        if (words.isEmpty()) return List.of();
        var params = new HashMap<String, Object>();
        params.put("query", luceneQuery(text));
        params.put("type", type.orElse(null));
        params.put("limit", limit);
        var results = new ArrayList<SearchResult>();
        for (var row : db.read(CypherFile.query("app/search.cypher"), params)) {
            var node = GraphBuilder.node(row.get("node").asNode(), row.get("degree").asLong());
            results.add(new SearchResult(node.id(), node.name(), node.type(), row.get("score").asDouble(),
                    matchedAlias(node.name(), node.aliases(), words, Folding.latinWords(text)), node.aliases(),
                    node.description(),
                    node.kind(), node.date() != null ? node.date() : node.startDate(), node.degree()));
        }
        return results;
    }

    /**
     * Every word of {@code text} must match: as written (folded like the index folds it), in the name, an alias,
     * a title or the description; or in its one Latin spelling ({@link Folding#latinWords}) among the entity's
     * nameKeys, which weigh less, so that a match in the script the searcher typed comes first.
     */
    public static String luceneQuery(String text) {
        var clauses = new ArrayList<String>();
        for (var word : WORD_SPLIT.split(text)) {
            var folded = Folding.words(word);
            if (folded.isEmpty()) continue;
            var asWritten = folded.stream().map(SearchService::clause).collect(Collectors.joining(" AND "));
            var latin = Folding.latinWords(word);
            var inLatin = latin.isEmpty() ? null
                    : latin.stream().map(SearchService::keyClause).collect(Collectors.joining(" AND "));
            clauses.add(inLatin == null ? asWritten : "((" + asWritten + ") OR (" + inLatin + "))");
        }
        return String.join(" AND ", clauses);
    }

    private static String keyClause(String word) {
        var w = escape(word);
        var parts = new ArrayList<>(List.of(Folding.NAME_KEYS + ":" + w + "^2", Folding.NAME_KEYS + ":" + w + "*"));
        if (word.length() >= 5) parts.add(Folding.NAME_KEYS + ":" + w + "~1");
        return "(" + String.join(" OR ", parts) + ")";
    }

    private static String clause(String word) {
        var w = escape(word);
        var parts = new ArrayList<>(List.of(
                "name:" + w + "^8", "aliases:" + w + "^6", "title:" + w + "^4", "description:" + w,
                "name:" + w + "*^3", "aliases:" + w + "*^2", "title:" + w + "*"));
        if (word.length() >= 5) {
            parts.add("name:" + w + "~1^2");
            parts.add("aliases:" + w + "~1");
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    /** Escapes Lucene's query syntax, so that the user's words are only ever words. */
    static String escape(String word) {
        var out = new StringBuilder();
        for (char c : word.toCharArray()) {
            if ("\\+-!():^[]\"{}~*?|&/".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    private static String matchedAlias(String name, List<String> aliases, List<String> words, List<String> latin) {
        if (name != null && containsAll(Folding.fold(name), words)) return null;
        var asWritten = aliases.stream().filter(a -> containsAll(Folding.fold(a), words)).findFirst();
        if (asWritten.isPresent()) return asWritten.get();
        if (name != null && containsAll(Folding.latin(name), latin)) return null;
        return aliases.stream().filter(a -> containsAll(Folding.latin(a), latin)).findFirst().orElse(null);
    }

    private static boolean containsAll(String folded, List<String> words) {
        return words.stream().allMatch(folded::contains);
    }
}
