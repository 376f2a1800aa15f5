// One version of a view (the latest when $version is null), and which version is the latest.
// Parameters: $id, $version (integer or null).
// Returns: snapshot (JSON text), latestVersion (integer).
MATCH (v:View {id: $id})
MATCH (v)-[:HAS_VERSION]->(s:ViewVersion {version: coalesce($version, v.latestVersion)})
RETURN s.snapshot AS snapshot, v.latestVersion AS latestVersion
