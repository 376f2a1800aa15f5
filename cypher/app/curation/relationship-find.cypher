// One relationship by id, with the ids of its ends (through the relationship_refs index, see
// relationship-lock.cypher).
// Parameters: $id (relationship id, a slug).
// Returns: r, from, to (entity ids).
CALL db.index.fulltext.queryRelationships('relationship_refs', 'id:"' + $id + '"') YIELD relationship AS r
WITH r WHERE r.id = $id
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r, a.id AS from, b.id AS to
