// Records where each relationship's quote sits in its sources' held texts, and whether it was checked.
// A quote found nowhere (no held text) keeps no quoteOffsets: no property is ever written as null.
// Parameters: $rows (list of {elementId, verified (boolean), offsets (list of 'sourceId:start:end')}).
// Returns: updated (integer).
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId
SET r.quoteVerified = row.verified,
    r.quoteOffsets = CASE WHEN size(row.offsets) = 0 THEN null ELSE row.offsets END
RETURN count(r) AS updated
