// Deletes one note (the caller locked it, checked If-Match and recorded it in the history).
// Parameters: $id.
// Returns: nothing.
MATCH (n:Note {id: $id})
DELETE n
