// A batch of dated events without timeline keys (the seed, a graph from before the keys, a change of their
// derivation), with the dates to compute them from (core/TimelineKeys).
// Parameters: $batch (integer).
// Returns: node (element id), date, startDate, endDate (any value or null; one of them at least a string).
MATCH (e:Event)
WHERE e.timelineStart IS NULL
  AND (e.date IS :: STRING NOT NULL OR e.startDate IS :: STRING NOT NULL OR e.endDate IS :: STRING NOT NULL)
RETURN elementId(e) AS node, e.date AS date, e.startDate AS startDate, e.endDate AS endDate
LIMIT $batch
