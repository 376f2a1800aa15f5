// Locks one relationship for the rest of the write transaction, then reads it (see entity-lock.cypher).
// Found through the relationship_refs full-text index (schema.cypher): relationship ids are properties of
// relationships of many types, which no RANGE index can cover. The id is a slug: it needs no escaping.
// Parameters: $id (relationship id).
// Returns: r, from, to (entity ids).
CALL db.index.fulltext.queryRelationships('relationship_refs', 'id:"' + $id + '"') YIELD relationship AS r
WITH r WHERE r.id = $id
MATCH (a:Entity)-[r]->(b:Entity)
SET r._lock = true
REMOVE r._lock
RETURN r, a.id AS from, b.id AS to
