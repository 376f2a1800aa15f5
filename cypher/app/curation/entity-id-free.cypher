// Before an entity is created, in one round trip: whether its id is in use (by an entity, or as the old id of an
// entity merged into another), and how many changes the history holds for the id (its first version starts
// above them, so an old ETag can never match the new entity; see change-count.cypher).
// Parameters: $id, $kind (entity: the kind of change counted).
// Returns: entity (boolean), mergedInto (the survivor's id, or null), changes (integer).
OPTIONAL MATCH (n:Entity {id: $id})
OPTIONAL MATCH (r:Redirect {from: $id})
RETURN n IS NOT NULL AS entity, r.to AS mergedInto,
       COUNT { MATCH (c:Change {targetId: $id}) WHERE c.kind = $kind } AS changes
