// Records that every entity's nameKeys were computed with this version of the folding.
// Parameters: $version (integer).
// Returns: nothing.
MERGE (m:Migration {id: 'name-keys'})
SET m.version = $version
