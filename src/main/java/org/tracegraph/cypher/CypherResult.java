package org.tracegraph.cypher;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.tracegraph.graph.GraphJson;

/**
 * The answer to a Cypher query: its columns, its rows (at most the row cap; {@code truncated} when there were
 * more), the graph JSON of every node and relationship in those rows, and what Neo4j says of the query.
 */
public record CypherResult(List<String> columns, List<List<Object>> rows, GraphJson graph, boolean truncated,
                           Summary summary) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(String queryType, int rowCount, int maxRows, long resultAvailableAfterMs,
                          long resultConsumedAfterMs, long timeoutMs, List<String> notifications) {
    }
}
