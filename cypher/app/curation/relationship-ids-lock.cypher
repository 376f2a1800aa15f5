// Locks relationship ids for the rest of the write transaction, before it checks whether they are taken and
// claims them: two writes that would give the same id to two relationships (two editors linking the same two
// entities with the same type at the same moment, or two imports of one row) then take turns, and the second
// sees the first's relationship. A relationship property cannot carry a uniqueness constraint across types,
// so the lock is a node's: MERGE on the uniqueness constraint relationship_id_lock (schema.cypher) holds its
// index entry until the transaction ends, and the node itself is deleted again at once, so none is ever
// committed. Only the writes that claim one of the same ids wait; the relationship's ends are not locked.
// Parameters: $ids (list of relationship ids, distinct; sorted, so that two such writes cannot deadlock).
// Returns: nothing.
UNWIND $ids AS id
MERGE (k:RelationshipIdLock {id: id})
DELETE k
