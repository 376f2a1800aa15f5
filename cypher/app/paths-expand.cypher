// One step of the search for paths longer than the shortest: the relationships of some entities (never a
// hub's: PathSearch leaves those out), by element id, with how many relationships the entity at the other end has.
// Parameters: $ids (list of node element ids).
// Returns: from, r, to (element ids), degree (of the node at `to`).
UNWIND $ids AS id
MATCH (n)
WHERE elementId(n) = id
MATCH (n)-[r]-(m)
RETURN id AS from, elementId(r) AS r, elementId(m) AS to, COUNT { (m)--() } AS degree
