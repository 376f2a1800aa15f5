// Locks one relationship for the rest of the write transaction, then reads it (see entity-lock.cypher).
// Relationship ids are properties of relationships of many types, so this scans the relationships.
// Parameters: $id (relationship id).
// Returns: r, from, to (entity ids).
MATCH (a:Entity)-[r {id: $id}]->(b:Entity)
SET r._lock = true
REMOVE r._lock
RETURN r, a.id AS from, b.id AS to
