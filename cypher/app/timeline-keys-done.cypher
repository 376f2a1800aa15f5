// Records that every event's timeline keys were computed with this version of their derivation.
// Parameters: $version (integer).
// Returns: nothing.
MERGE (m:Migration {id: 'timeline-keys'})
SET m.version = $version
