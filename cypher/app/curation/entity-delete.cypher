// Deletes an entity and every relationship it has.
// Parameters: $id (entity id).
// Returns: relationships (how many went with it).
MATCH (n:Entity {id: $id})
WITH n, COUNT { (n)--() } AS relationships
DETACH DELETE n
RETURN relationships
