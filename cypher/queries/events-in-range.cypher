// title: The events in a date range, and who took part
// description: Dated events that overlap the period from $from to $to (partial dates: 2011, 2012-03), in date order, with the entities tied to each.
// param from: date = '2011' -- start of the period
// param to: date = '2012-12' -- end of the period
MATCH (e:Event)
WITH e, coalesce(e.date, e.startDate, e.endDate) AS start, coalesce(e.endDate, e.date, e.startDate) AS end
WHERE start <= $to + '~' AND end + '~' >= $from
RETURN start AS date, e.name AS event, e.kind AS kind,
       COLLECT { MATCH (e)-[r]-(x:Entity) RETURN x.name + ' (' + type(r) + ', ' + r.status + ')' ORDER BY x.name } AS tiedTo,
       e AS node
ORDER BY date, event
