// The events tied to the entity $entity, in date order, optionally overlapping the period [$from, $to]: as
// timeline.cypher, but found from the entity (a seek on its id, then its relationships) rather than by date.
// Parameters: $entity (entity id), $from, $to (partial dates or null), $limit (integer).
// Returns: e (event node), start, end (partial dates; end is null for a one-date event), participants (list of
//          {id, name, type, relationship, direction, role, status, claimedBy, quote, sourceIds, relationshipId},
//          at most 50;
//          direction 'out' when the relationship runs from the participant to the event).
MATCH (:Entity {id: $entity})--(e:Event)
WITH DISTINCT e
WHERE e.timelineStart IS NOT NULL
  AND ($from IS NULL OR coalesce(e.timelineEnd, e.timelineStart + '~') >= $from)
  AND ($to IS NULL OR e.timelineStart <= $to + '~')
WITH e, e.timelineStart AS start
ORDER BY start, e.name
LIMIT $limit
RETURN e, start, e.endDate AS end,
       COLLECT {
         MATCH (e)-[r]-(x:Entity)
         RETURN {id: x.id, name: x.name, type: [label IN labels(x) WHERE label <> 'Entity'][0],
                 relationship: type(r), direction: CASE WHEN startNode(r) = x THEN 'out' ELSE 'in' END,
                 role: r.role, status: r.status, claimedBy: r.claimedBy, quote: r.quote, sourceIds: r.sourceIds,
                 relationshipId: r.id} AS participant
         ORDER BY x.name, type(r)
         LIMIT 50
       } AS participants
ORDER BY start, e.name
