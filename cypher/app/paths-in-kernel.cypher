// The shortest paths between two entities, in either direction along any relationship, by Tracegraph's own
// procedure (ShortestPathsProcedure, registered in the embedded Neo4j): a breadth-first search from both ends
// that widens the cheaper side first. At most $candidates paths. Elsewhere PathSearch sends paths.cypher.
// Parameters: $from, $to (entity ids), $maxHops (integer, 1 to 6), $candidates (integer).
// Returns: nodes, relationships (in path order), degrees (how many relationships each node has, in path order).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL tracegraph.shortestPaths(a, b, $maxHops, $candidates) YIELD nodes, relationships
RETURN nodes, relationships, [n IN nodes | COUNT { (n)--() }] AS degrees
