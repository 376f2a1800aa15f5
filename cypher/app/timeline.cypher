// Dated events in date order, optionally overlapping the period [$from, $to] and tied to the entity $entity.
// Dates are partial ISO strings: 'd + "~"' is the end of the period d names ("2012~" is after "2012-12-31").
// Parameters: $from, $to (partial dates or null), $entity (entity id or null), $limit (integer).
// Returns: e (event node), start, end (partial dates; end is null for a one-date event), participants (list of
//          {id, name, type, relationship, direction, role, status, claimedBy, quote, sourceIds, relationshipId},
//          at most 50;
//          direction 'out' when the relationship runs from the participant to the event).
// An event known only by when it ended ("for many years, until 2012") is placed at its end.
MATCH (e:Event)
WITH e, coalesce(e.date, e.startDate, e.endDate) AS start, e.endDate AS end
WHERE start IS NOT NULL
  AND ($from IS NULL OR coalesce(end, start) + '~' >= $from)
  AND ($to IS NULL OR start <= $to + '~')
  AND ($entity IS NULL OR EXISTS { (e)--(:Entity {id: $entity}) })
RETURN e, start, end,
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
LIMIT $limit
