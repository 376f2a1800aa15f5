// The held texts of the given sources (those that hold one).
// Parameters: $ids (list of source ids).
// Returns: id (source id), text (its held text).
UNWIND $ids AS id
MATCH (s:Entity {id: id})
WHERE s:Source AND s.text IS NOT NULL
RETURN s.id AS id, s.text AS text
