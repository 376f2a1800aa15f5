// Publishes version $expected + 1 of a view, only if its latest version is still $expected (optimistic
// concurrency: no row means the view is unknown or someone published in between).
// Parameters: $id, $expected (integer), $title, $savedAt (ISO-8601 instant), $savedBy, $note, $snapshot (JSON text).
// Returns: version (integer).
MATCH (v:View {id: $id})
WHERE v.latestVersion = $expected
SET v.latestVersion = $expected + 1, v.title = $title, v.updated = $savedAt
CREATE (v)-[:HAS_VERSION]->(s:ViewVersion {viewId: $id, version: $expected + 1, title: $title, savedAt: $savedAt,
                                           savedBy: $savedBy, note: $note, snapshot: $snapshot})
RETURN s.version AS version
