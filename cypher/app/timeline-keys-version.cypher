// The version of the derivation the stored timeline keys were computed with (core/TimelineKeys.VERSION), kept
// on a :Migration node.
// Parameters: none.
// Returns: version (integer; no row before the first backfill).
MATCH (m:Migration {id: 'timeline-keys'})
RETURN m.version AS version
