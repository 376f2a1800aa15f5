// Records that $from was merged into $into: the old id keeps resolving, and ids merged into $from before
// now resolve to $into directly.
// Parameters: $from, $into (entity ids).
// Returns: nothing.
MERGE (r:Redirect {from: $from})
SET r.to = $into
WITH r
MATCH (earlier:Redirect {to: $from})
SET earlier.to = $into
