// One source document.
// Parameters: $id (source id).
// Returns: s (source node), degree (integer).
MATCH (s:Source {id: $id})
RETURN s, COUNT { (s)--() } AS degree
