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
 * finds "Ismayilova"); a hit on the name weighs most, then an alias, a title, a description.
 */
public final class SearchService {
    private final Database db;

    public SearchService(Database db) {
        this.db = db;
    }

    public List<SearchResult> search(String text, Optional<String> type, int limit) {
        var words = Folding.words(text);
        if (words.isEmpty()) return List.of();
        var params = new HashMap<String, Object>();
        params.put("query", luceneQuery(words));
        params.put("type", type.orElse(null));
        params.put("limit", limit);
        var results = new ArrayList<SearchResult>();
        for (var row : db.read(CypherFile.query("app/search.cypher"), params)) {
            var node = GraphBuilder.node(row.get("node").asNode(), row.get("degree").asLong());
            results.add(new SearchResult(node.id(), node.name(), node.type(), row.get("score").asDouble(),
                    matchedAlias(node.name(), node.aliases(), words), node.aliases(), node.description(),
                    node.kind(), node.date() != null ? node.date() : node.startDate(), node.degree()));
        }
        return results;
    }

    public static String luceneQuery(List<String> words) {
        return words.stream().map(SearchService::clause).collect(Collectors.joining(" AND "));
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

    private static String matchedAlias(String name, List<String> aliases, List<String> words) {
        if (name != null && containsAll(Folding.fold(name), words)) return null;
        return aliases.stream().filter(a -> containsAll(Folding.fold(a), words)).findFirst().orElse(null);
    }

    private static boolean containsAll(String folded, List<String> words) {
        return words.stream().allMatch(folded::contains);
    }
}
