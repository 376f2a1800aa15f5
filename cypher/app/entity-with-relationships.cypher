// One entity with its relationships and what they name, in one round trip: the entity and how many
// relationships it has; up to $limit of them, grouped by type, each with the entity at its other end; and the
// sources and claimants those relationships refer to by id.
// Parameters: $id (entity id), $limit (integer).
// Returns: n (node), degree (integer),
//          relationships (list of maps: r, outgoing (true when it starts at the entity), other, otherDegree),
//          references (list of maps with the columns of references.cypher: id, name, type, title, publisher,
//          published, url, kind).
MATCH (n:Entity {id: $id})
CALL {
  WITH n
  MATCH (n)-[r]-(other:Entity)
  WITH n, r, other
  ORDER BY type(r), other.name, r.id
  LIMIT $limit
  RETURN collect({r: r, outgoing: startNode(r) = n, other: other, otherDegree: COUNT { (other)--() }}) AS relationships
}
CALL {
  WITH relationships
  UNWIND relationships AS row
  UNWIND [ref IN coalesce(row.r.sourceIds, []) + [row.r.claimedBy] WHERE ref IS NOT NULL] AS ref
  WITH DISTINCT ref
  MATCH (s:Entity {id: ref})
  RETURN collect({id: s.id,
                  name: s.name,
                  type: [label IN labels(s) WHERE label <> 'Entity'][0],
                  title: s.title,
                  publisher: s.publisher,
                  published: s.published,
                  url: s.url,
                  kind: s.kind}) AS references
}
RETURN n, COUNT { (n)--() } AS degree, relationships, references
