// The version of the folding the stored nameKeys were computed with (core/Folding.NAME_KEYS_VERSION), kept on
// a :Migration node (not an :Entity: search, counts and analysts' paths never see it).
// Parameters: none.
// Returns: version (integer; no row before the first backfill).
MATCH (m:Migration {id: 'name-keys'})
RETURN m.version AS version
