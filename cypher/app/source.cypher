// One source document.
// Parameters: $id (source id).
// Returns: s (source node), degree (integer).
// The id is looked up on :Entity, which its unique constraint indexes; on :Source it would be a label scan.
MATCH (s:Entity {id: $id})
WHERE s:Source
RETURN s, COUNT { (s)--() } AS degree
