// Dated events in date order, optionally overlapping the period [$from, $to], each found through an index on the
// keys every write derives from its dates (core/TimelineKeys: timelineStart, and timelineEnd = 'endDate~' on an
// event that runs to another date), never by reading every event. timeline-entity.cypher is the same for one entity.
// Dates are partial ISO strings: 'd + "~"' is the end of the period d names ("2012~" is after "2012-12-31"), and
// an event ends at coalesce(timelineEnd, timelineStart + '~'). An event overlaps the period when it starts by
// $to + '~' and ends at or after $from, which makes three kinds:
//   1. it starts within the period: a range seek on timelineStart, in the index's order, the first $limit;
//   2. it starts before $from and its one date's period holds $from ("2012" for a period from "2012-06"): its
//      start is a proper prefix of $from, found by equality seeks;
//   3. it starts before $from and runs to an end date at or after $from: a range seek on timelineEnd, which only
//      events that run to another date have.
// Kinds 2 and 3 start before $from, and $from is by $to + '~' (the controller checks it), so they start in time.
// Parameters: $from, $to (partial dates or null), $limit (integer).
// Returns: e (event node), start, end (partial dates; end is null for a one-date event), participants (list of
//          {id, name, type, relationship, direction, role, status, claimedBy, quote, sourceIds, relationshipId},
//          at most 50;
//          direction 'out' when the relationship runs from the participant to the event).
// An event known only by when it ended ("for many years, until 2012") is placed at its end.
CALL {
  MATCH (e:Event)
  WHERE e.timelineStart >= coalesce($from, '') AND e.timelineStart <= coalesce($to + '~', '~')
    AND coalesce(e.timelineEnd, e.timelineStart + '~') >= coalesce($from, '')
  WITH e ORDER BY e.timelineStart, e.name LIMIT $limit
  RETURN e
  UNION
  MATCH (e:Event)
  WHERE e.timelineStart IN CASE WHEN $from IS NULL THEN [] ELSE [i IN range(1, size($from) - 1) | left($from, i)] END
    AND coalesce(e.timelineEnd, e.timelineStart + '~') >= $from
  RETURN e
  UNION
  MATCH (e:Event)
  WHERE e.timelineEnd >= $from AND e.timelineStart < $from
  RETURN e
}
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
