// title: Who is within N hops of an entity
// description: Every entity within $hops steps of $id, nearest first, each with one shortest path that reaches it.
// param id: id = 'ruslan-bashirli' -- the entity to start from
// param hops: integer 1..4 = 2 -- how many steps out
// param limit: integer 1..500 = 100 -- at most this many entities
MATCH (start:Entity {id: $id})
MATCH p = ANY SHORTEST (start)-[]-{1,4}(other:Entity)
WHERE length(p) <= $hops AND other <> start
RETURN other.id AS id, other.name AS name, [label IN labels(other) WHERE label <> 'Entity'][0] AS type,
       length(p) AS hops, p AS path
ORDER BY hops, name
LIMIT $limit
