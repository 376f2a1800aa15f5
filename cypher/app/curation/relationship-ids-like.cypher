// The relationship ids in use that equal $base or extend it with a qualifier: a new relationship between
// the same two entities with the same type takes the first free one of base, base-2, base-3...
// A prefix query of the relationship_refs index (schema.cypher); '-' is an operator of its query syntax,
// so it is escaped (a slug has no other).
// Parameters: $base (relationship id, a slug).
// Returns: id.
CALL db.index.fulltext.queryRelationships('relationship_refs', 'id:' + replace($base, '-', '\\-') + '*')
  YIELD relationship AS r
WITH r WHERE r.id = $base OR r.id STARTS WITH $base + '-'
RETURN r.id AS id
