// Saves a new view with its first version (a JSON snapshot of what it shows, as it was when saved).
// Parameters: $id, $title, $savedAt (ISO-8601 instant), $savedBy, $note, $snapshot (JSON text).
// Returns: version (integer).
CREATE (v:View {id: $id, title: $title, latestVersion: 1, created: $savedAt, updated: $savedAt})
CREATE (v)-[:HAS_VERSION]->(s:ViewVersion {viewId: $id, version: 1, title: $title, savedAt: $savedAt,
                                           savedBy: $savedBy, note: $note, snapshot: $snapshot})
RETURN s.version AS version
