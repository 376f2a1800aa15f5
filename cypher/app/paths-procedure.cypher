// Whether the Neo4j in use has Tracegraph's shortest-path procedure (the embedded one has; Aura or a cluster
// has not, unless it was installed there).
// Parameters: none.
// Returns: present (boolean).
SHOW PROCEDURES YIELD name
WHERE name = 'tracegraph.shortestPaths'
RETURN count(*) > 0 AS present
