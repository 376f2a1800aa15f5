// Every relationship of one entity, both directions, with the ids of both ends: what a deletion or a merge
// takes away, and what a restore brings back.
// Parameters: $id (entity id).
// Returns: r (relationship), from, to (entity ids).
MATCH (n:Entity {id: $id})-[r]-()
RETURN r, startNode(r).id AS from, endNode(r).id AS to
ORDER BY r.id
