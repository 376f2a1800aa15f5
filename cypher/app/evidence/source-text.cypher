// The held text of one source.
// Parameters: $id (source id).
// Returns: text (string, or null when the source holds none). No row: no source has the id.
MATCH (s:Entity {id: $id})
WHERE s:Source
RETURN s.text AS text
