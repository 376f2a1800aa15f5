// The paths between two entities: all of the shortest length and of the next two lengths, at most
// $maxHops long (never more than 6), in either direction along any relationship. Ranked by PathService.
// Parameters: $from, $to (entity ids), $maxHops (integer, 1 to 6), $candidates (integer).
// (Neo4j 5.26 takes only literals for the number of groups and the bounds of the quantifier.)
// Returns: p (path), degrees (how many relationships each node of p has, in path order).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 3 GROUPS (a)-[]-{1,6}(b)
WHERE length(p) <= $maxHops
RETURN p, [n IN nodes(p) | COUNT { (n)--() }] AS degrees
LIMIT $candidates
