// The paths between two entities: all of the shortest length and of the next two lengths, at most
// $maxHops long (never more than 6; the quantifier's bound must be a literal, $maxHops prunes inside it), in either direction along any relationship. Ranked by PathService.
// Parameters: $from, $to (entity ids), $maxHops (integer, 1 to 6), $candidates (integer).
// (Neo4j 5.26 takes only literals for the number of groups and the bounds of the quantifier.)
// Returns: p (path), degrees (how many relationships each node of p has, in path order).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
// Conditions inside the parentheses hold for every path considered, before the shortest are selected:
// a path visits each entity once (a detour back through an entity explains nothing).
MATCH p = SHORTEST 3 GROUPS (
  (a) ((x)-[]-(y)){1,6} (b)
  WHERE size(y) <= $maxHops
    AND all(i IN range(0, size(y) - 1) WHERE y[i] <> a AND NOT y[i] IN y[i + 1..])
)
RETURN p, [n IN nodes(p) | COUNT { (n)--() }] AS degrees
LIMIT $candidates
