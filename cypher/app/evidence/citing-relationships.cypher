// Every relationship that cites a source, with what its quote is checked against.
// sourceIds is a list property, which no index covers: this reads every relationship once.
// Parameters: $id (source id).
// Returns: elementId, id (relationship id), quote, sourceIds (list).
MATCH (:Entity)-[r]->(:Entity)
WHERE $id IN r.sourceIds
RETURN elementId(r) AS elementId, r.id AS id, r.quote AS quote, r.sourceIds AS sourceIds
