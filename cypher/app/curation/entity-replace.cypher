// Replaces every property of an entity.
// Parameters: $id (entity id), $properties (map, the id among them).
// Returns: n.
MATCH (n:Entity {id: $id})
SET n = $properties
RETURN n
