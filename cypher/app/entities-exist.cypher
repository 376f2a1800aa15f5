// Which of the given ids name an entity.
// Parameters: $ids (list of entity ids).
// Returns: id.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id
