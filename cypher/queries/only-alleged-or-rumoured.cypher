// title: Which links are only alleged or rumoured
// description: Pairs of entities tied only by allegations or rumours, with nothing confirmed or reported between them: the links that rest on a claim alone.
// param limit: integer 1..1000 = 200 -- at most this many links
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.status IN ['alleged', 'rumour']
  AND NOT EXISTS { (a:Entity)-[s]-(b) WHERE s.status IN ['confirmed', 'reported'] }
OPTIONAL MATCH (claimant:Entity {id: r.claimedBy})
RETURN a.name AS subject, type(r) AS claim, b.name AS object, r.status AS status, claimant.name AS claimedBy,
       r.quote AS quote, r AS relationship
ORDER BY status, subject
LIMIT $limit
