// One note by id.
// Parameters: $id.
// Returns: n (the note).
MATCH (n:Note {id: $id})
RETURN n
