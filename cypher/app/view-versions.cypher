// Every version of a view, oldest first, for its corrections log.
// Parameters: $id.
// Returns: snapshot (JSON text).
MATCH (:View {id: $id})-[:HAS_VERSION]->(s:ViewVersion)
RETURN s.snapshot AS snapshot
ORDER BY s.version
