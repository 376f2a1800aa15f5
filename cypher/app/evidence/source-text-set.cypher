// Sets (or, with $text null, removes) the held text of a source.
// Parameters: $id (source id), $text (string or null).
// Returns: updated (integer: 1, or 0 when no source has the id).
MATCH (s:Entity {id: $id})
WHERE s:Source
SET s.text = $text
RETURN count(s) AS updated
