// The old ids of the entities merged into one.
// Parameters: $id (the survivor's id).
// Returns: from.
MATCH (r:Redirect {to: $id})
RETURN r.from AS from
ORDER BY from
