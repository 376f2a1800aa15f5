// The property names used by the entities of a set (all entities when $ids is null) and by the relationships
// among them, each with the Cypher types of its values: formats with a fixed header (GraphML, CSV) declare
// their columns before the first row.
// Parameters: $ids (list of entity ids, or null for the whole graph).
// Returns: element ('node' or 'relationship'), key (string), types (list of strings, e.g. 'BOOLEAN NOT NULL').
CALL {
  MATCH (n:Entity)
  WHERE $ids IS NULL OR n.id IN $ids
  UNWIND keys(n) AS key
  RETURN 'node' AS element, key, collect(DISTINCT valueType(n[key])) AS types
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE $ids IS NULL OR (a.id IN $ids AND b.id IN $ids)
  UNWIND keys(r) AS key
  RETURN 'relationship' AS element, key, collect(DISTINCT valueType(r[key])) AS types
}
RETURN element, key, types
