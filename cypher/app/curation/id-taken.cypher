// Whether an id is in use: by an entity, or as the old id of an entity merged into another.
// Parameters: $id.
// Returns: entity (boolean), mergedInto (the survivor's id, or null).
OPTIONAL MATCH (n:Entity {id: $id})
OPTIONAL MATCH (r:Redirect {from: $id})
RETURN n IS NOT NULL AS entity, r.to AS mergedInto
