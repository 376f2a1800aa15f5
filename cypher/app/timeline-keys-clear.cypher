// Removes the timeline keys of a batch of events, so that the backfill computes them again after a change of
// their derivation (core/TimelineKeys.VERSION).
// Parameters: $batch (integer).
// Returns: cleared (integer: 0 when none is left).
MATCH (e:Event)
WHERE e.timelineStart IS NOT NULL
WITH e LIMIT $batch
REMOVE e.timelineStart, e.timelineEnd
RETURN count(e) AS cleared
