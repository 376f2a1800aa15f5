// The entities with the given ids (ids that name no entity are left out), and how many relationships each has.
// Parameters: $ids (list of entity ids).
// Returns: n (node), degree (integer).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n, COUNT { (n)--() } AS degree
