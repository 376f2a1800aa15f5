// The shortest paths between two entities, in either direction along any relationship: Neo4j's bidirectional
// breadth-first search, for a Neo4j without Tracegraph's procedure (paths-in-kernel.cypher). At most
// $candidates paths.
// The pattern's upper bound must be a literal: PathSearch writes maxHops (1 to 6) in place of the 6. A
// condition on the path's length instead would make Neo4j fall back to an exhaustive search.
// Parameters: $from, $to (entity ids), $candidates (integer).
// Returns: nodes, relationships (in path order), degrees (how many relationships each node has, in path order).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
RETURN nodes(p) AS nodes, relationships(p) AS relationships, [n IN nodes(p) | COUNT { (n)--() }] AS degrees
LIMIT $candidates
