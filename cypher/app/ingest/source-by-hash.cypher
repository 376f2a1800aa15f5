// The source already holding the text of a document, found by the document's SHA-256 (index source_content_hash).
// The hint makes the planner seek the index even while it holds no hash at all: without it, on an empty index, a
// scan of the index and a seek cost the planner the same, and it sometimes chose the scan.
// Parameters: $hash (64 lower-case hex digits).
// Columns: id (the source's id), title.
MATCH (s:Source)
USING INDEX SEEK s:Source(contentHash)
WHERE s.contentHash = $hash AND s:Entity
RETURN s.id AS id, s.title AS title
LIMIT 1
