// Deletes a relationship found by its element id.
// Parameters: $elementId.
// Returns: nothing.
MATCH ()-[r]->()
WHERE elementId(r) = $elementId
DELETE r
