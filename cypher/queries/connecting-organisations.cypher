// title: What connects two organisations
// description: The shortest paths between two organisations (or any two entities), with the status of every hop, so a weak link shows.
// param from: id = 'yeni-fekir' -- the first organisation
// param to: id = 'ndi' -- the second organisation
// param maxHops: integer 1..6 = 4 -- the longest path to consider
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = SHORTEST 10 (a:Entity)-[]-{1,6}(b)
WHERE length(p) <= $maxHops
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS through, [r IN relationships(p) | r.status] AS statuses, p AS path
ORDER BY hops
