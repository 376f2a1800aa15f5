// The title of every source, so that exported relationships name their sources as graph JSON does.
// Parameters: none.
// Returns: id (string), title (string, or the name when a source has no title).
MATCH (s:Source)
RETURN s.id AS id, coalesce(s.title, s.name) AS title
