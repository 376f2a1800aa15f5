// The latest version of a view, or no row when there is no such view.
// Parameters: $id.
// Returns: latestVersion (integer).
MATCH (v:View {id: $id})
RETURN v.latestVersion AS latestVersion
