// The relationships between members of a set of entities, so a neighbourhood shows how they link to each other,
// without reading any member's relationships whole when it has more than 100 (a hub has 100,000):
// a member with at most 100 is read from its own side (that finds its ties to every other member); between two
// members with more, Neo4j finds the ties from whichever end has fewer relationships in that direction.
// Parameters: $ids (list of entity ids), $limit (integer).
// Returns: r (relationship).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH collect(n) AS members
UNWIND members AS a
WITH members, a, COUNT { (a)--() } <= 100 AS sparse
CALL {
  WITH members, a, sparse
  WITH * WHERE sparse
  MATCH (a)-[r]-(b)
  WHERE b IN members
  RETURN r
  UNION
  WITH members, a, sparse
  WITH * WHERE NOT sparse
  UNWIND members AS b
  WITH a, b WHERE a <> b AND COUNT { (b)--() } > 100
  MATCH (a)-[r]->(b)
  RETURN r
}
RETURN DISTINCT r
LIMIT $limit
