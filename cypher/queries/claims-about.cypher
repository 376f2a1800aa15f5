// title: Who claims what about an entity
// description: The relationships of an entity that a source attributes to someone, grouped by who makes the claim, with its status and quote.
// param id: id = 'elnur-israfilov' -- the entity the claims are about
MATCH (x:Entity {id: $id})-[r]-(:Entity)
WHERE r.claimedBy IS NOT NULL
OPTIONAL MATCH (claimant:Entity {id: r.claimedBy})
RETURN coalesce(claimant.name, r.claimedBy) AS claimant, startNode(r).name AS subject, type(r) AS claim,
       endNode(r).name AS object, r.status AS status, r.quote AS quote, r AS relationship
ORDER BY claimant, claim, subject
