// Pairs of entities that may be the same. For each of at most $scan entities (of the type $type, or of any
// type when it is null), the full-text index looks up its names in their one Latin spelling (nameKeys, each
// word of five letters or more within one edit) and keeps the best $perEntity other entities it finds: one
// index lookup per entity scanned, never all pairs. Pairs an editor said are different are left out. Scoring
// is in Java (duplicates/DuplicateScore).
// Parameters: $scan (integer), $perEntity (integer), $type (a label such as 'Person', or null), $maxKeys
// (integer: at most so many of an entity's names are looked up), $maxWords (integer: words of each).
// Returns: pair (string: the two ids in order, joined by '|'), a (node), b (node; a.id < b.id), shared (list
// of the names of the entities linked to both), linked (list of the types of relationships between a and b).
MATCH (a:Entity)
WHERE ($type IS NULL OR $type IN labels(a)) AND size(coalesce(a.nameKeys, [])) > 0
WITH a LIMIT $scan
CALL (a) {
  WITH a, reduce(q = '', key IN a.nameKeys[0..$maxKeys] |
      reduce(s = q, w IN split(key, ' ')[0..$maxWords] |
          s + ' nameKeys:' + w + CASE WHEN size(w) >= 5 THEN '~1' ELSE '' END)) AS query
  CALL db.index.fulltext.queryNodes('entity_text', query) YIELD node
  WHERE node <> a AND ($type IS NULL OR $type IN labels(node))
  RETURN node AS other
  LIMIT $perEntity
}
WITH CASE WHEN a.id < other.id THEN a ELSE other END AS a, CASE WHEN a.id < other.id THEN other ELSE a END AS b
WITH DISTINCT a, b, a.id + '|' + b.id AS pair
WHERE NOT EXISTS { MATCH (d:DuplicateDecision {pair: pair}) }
RETURN pair, a, b,
       COLLECT { MATCH (a)--(x:Entity)--(b) WHERE x <> a AND x <> b RETURN DISTINCT x.name } AS shared,
       COLLECT { MATCH (a)-[r]-(b) RETURN DISTINCT type(r) } AS linked
