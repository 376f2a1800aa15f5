package org.tracegraph.analysis;

import java.util.List;

/**
 * An analysis of a bounded subgraph: which evidence counted ({@code statuses}), what was analysed (every entity
 * of the neighbourhood, with its scores, best bridges first) and the communities (largest first, entities without
 * a counted relationship left out); {@code counted} relationships were of those statuses, {@code leftOut} not.
 */
public record AnalysisJson(List<String> ids, int depth, List<String> statuses, List<Scored> nodes,
                           List<List<String>> communities, int counted, int leftOut) {

    /**
     * One entity's scores on the counted relationships: {@code degree} (how many), {@code betweenness} (on how
     * many shortest paths between others, unnormalised), {@code pagerank} (links read both ways), and the index of
     * its {@code community} in {@link AnalysisJson#communities} (null: in none).
     */
    public record Scored(String id, String name, String type, int degree, double betweenness, double pagerank,
                         Integer community) {
    }
}
