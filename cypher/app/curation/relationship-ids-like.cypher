// The relationship ids in use that equal $base or extend it with a qualifier: a new relationship between
// the same two entities with the same type takes the first free one of base, base-2, base-3...
// Parameters: $base (relationship id).
// Returns: id.
MATCH ()-[r]->()
WHERE r.id = $base OR r.id STARTS WITH $base + '-'
RETURN r.id AS id
