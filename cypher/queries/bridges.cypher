// title: The people who bridge two groups
// description: People within two steps of both entities (two organisations, say), each with how close they are to each: the go-betweens.
// param a: id = 'rfe-rl' -- the first group
// param b: id = 'osce' -- the second group
MATCH (ga:Entity {id: $a})-[]-{1,2}(p:Person)
WITH DISTINCT ga, p
MATCH (gb:Entity {id: $b})
MATCH pa = ANY SHORTEST (p:Person)-[]-{1,2}(ga)
MATCH pb = ANY SHORTEST (p:Person)-[]-{1,2}(gb)
RETURN p.id AS id, p.name AS name, length(pa) AS stepsToA, length(pb) AS stepsToB, pa, pb
ORDER BY stepsToA + stepsToB, name
