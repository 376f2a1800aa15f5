// The saved views, the most recently updated first, with what their latest version shows.
// Parameters: $limit (integer).
// Returns: id, title, latestVersion, created, updated.
MATCH (v:View)
RETURN v.id AS id, v.title AS title, v.latestVersion AS latestVersion, v.created AS created, v.updated AS updated
ORDER BY v.updated DESC, v.id
LIMIT $limit
