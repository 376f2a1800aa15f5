// Replaces every property of a relationship found by its element id.
// Parameters: $elementId, $properties (map, the id among them).
// Returns: r.
MATCH ()-[r]->()
WHERE elementId(r) = $elementId
SET r = $properties
RETURN r
