// The source already holding the text of a document, found by the document's SHA-256 (index source_content_hash).
// Parameters: $hash (64 lower-case hex digits).
// Columns: id (the source's id), title.
MATCH (s:Source)
WHERE s.contentHash = $hash AND s:Entity
RETURN s.id AS id, s.title AS title
LIMIT 1
