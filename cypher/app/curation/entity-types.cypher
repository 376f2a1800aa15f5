// The type of each of the given ids that names an entity.
// Parameters: $ids (list of entity ids).
// Returns: id, type (Person, Organisation, Event, Place or Source).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS type
