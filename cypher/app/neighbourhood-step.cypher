// One step of a breadth-first walk: the relationships of the frontier and the entities at their other end.
// Bounded by $limit, so that a hub is never read whole.
// Parameters: $frontier (list of entity ids), $limit (integer).
// Returns: r (relationship), other (node), otherDegree (integer).
UNWIND $frontier AS id
MATCH (:Entity {id: id})-[r]-(other:Entity)
RETURN r, other, COUNT { (other)--() } AS otherDegree
LIMIT $limit
