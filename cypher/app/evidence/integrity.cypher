// Every relationship between entities, with what its evidence refers to that the graph lacks.
// Reads every relationship once; each source id and claimant is one index lookup on :Entity(id).
// Parameters: none.
// Returns: id (relationship id), type, from, to (entity ids), quote, sourceIds (list),
//   missingSources (the source ids that name no Source), claimedBy, claimantMissing (boolean),
//   heldSourceIds (the source ids whose Source holds a text).
MATCH (a:Entity)-[r]->(b:Entity)
WITH a, r, b, coalesce(r.sourceIds, []) AS sourceIds
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.quote AS quote, sourceIds,
       [sid IN sourceIds WHERE NOT EXISTS { MATCH (s:Entity {id: sid}) WHERE s:Source }] AS missingSources,
       r.claimedBy AS claimedBy,
       r.claimedBy IS NOT NULL AND NOT EXISTS { MATCH (c:Entity {id: r.claimedBy}) } AS claimantMissing,
       [sid IN sourceIds WHERE EXISTS { MATCH (s:Entity {id: sid}) WHERE s:Source AND s.text IS NOT NULL }]
         AS heldSourceIds
