// One relationship by id, with the ids of its ends.
// Parameters: $id (relationship id).
// Returns: r, from, to (entity ids).
MATCH (a:Entity)-[r {id: $id}]->(b:Entity)
RETURN r, a.id AS from, b.id AS to
