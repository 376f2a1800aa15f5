// Every held text of the graph's sources.
// Parameters: none.
// Returns: id (source id), text (its held text).
MATCH (s:Source)
WHERE s.text IS NOT NULL
RETURN s.id AS id, s.text AS text
