// title: Which claims rest on a single source
// description: Relationships backed by one source only, weakest first: the links to corroborate before publishing. Optionally only those of one status.
// param status: string = '' -- only claims of this status (confirmed, reported, alleged, disputed, rumour, denied); empty for all
// param limit: integer 1..1000 = 200 -- at most this many claims
MATCH (a:Entity)-[r]->(b:Entity)
WHERE size(r.sourceIds) = 1 AND ($status = '' OR r.status = $status)
RETURN a.name AS subject, type(r) AS claim, b.name AS object, r.status AS status, r.sourceIds[0] AS source,
       r.quote AS quote, r AS relationship
ORDER BY CASE r.status WHEN 'denied' THEN 0 WHEN 'rumour' THEN 1 WHEN 'disputed' THEN 2 WHEN 'alleged' THEN 3
         WHEN 'reported' THEN 4 ELSE 5 END, subject
LIMIT $limit
