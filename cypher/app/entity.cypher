// One entity, and how many relationships it has in all.
// Parameters: $id (entity id).
// Returns: n (the node), degree (integer).
MATCH (n:Entity {id: $id})
RETURN n, COUNT { (n)--() } AS degree
