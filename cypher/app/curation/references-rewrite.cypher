// After a merge, relationships elsewhere that cite the merged entity as a source or claimant name the
// survivor instead (once, keeping the order of the sources), and get a new version. Found through the
// relationship_refs index (schema.cypher).
// Parameters: $from (merged id, a slug), $into (survivor id).
// Returns: id (relationship id).
CALL db.index.fulltext.queryRelationships('relationship_refs', 'sourceIds:"' + $from + '" OR claimedBy:"' + $from + '"')
  YIELD relationship AS r
MATCH (a:Entity)-[r]->(b:Entity)
WHERE $from IN r.sourceIds OR r.claimedBy = $from
WITH r, [s IN r.sourceIds | CASE s WHEN $from THEN $into ELSE s END] AS renamed
SET r.sourceIds = reduce(acc = [], s IN renamed | CASE WHEN s IN acc THEN acc ELSE acc + s END),
    r.claimedBy = CASE r.claimedBy WHEN $from THEN $into ELSE r.claimedBy END,
    r.rev = coalesce(r.rev, 0) + 1
RETURN r.id AS id
