// One change of the history.
// Parameters: $id (change id).
// Returns: c.
MATCH (c:Change {id: $id})
RETURN c
