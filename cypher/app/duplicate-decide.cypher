// Records an editor's decision that two entities are not the same, once: the pair (the two ids in order,
// joined by '|') is unique, and a second decision on it changes nothing. A :DuplicateDecision is not an
// :Entity and no relationship leads to it: search, paths, exports and analysts' Cypher never see it.
// Parameters: $pair (string), $a, $b (entity ids, a < b), $decision ('different'), $decidedBy (string: the
// editor), $note (string or null).
// Returns: d (node), created (boolean: false when the pair was decided before).
MERGE (d:DuplicateDecision {pair: $pair})
  ON CREATE SET d.a = $a, d.b = $b, d.decision = $decision, d.decidedBy = $decidedBy, d.at = datetime(),
                d.note = $note, d.creating = true
WITH d, coalesce(d.creating, false) AS created
REMOVE d.creating
RETURN d, created
