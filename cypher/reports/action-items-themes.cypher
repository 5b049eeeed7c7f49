// title: Action items per theme
// description: Open, overdue and done action items per theme, each item counted once; cancelled items are left out. Overdue: open or in progress with a due date before asOf; open: the other open or in-progress items (also those without a due date). With a region: the items of the covenants it is party to.
// theme: Reports
// param: asOf date 2026-11-23
// param: region string VR16
CALL () {
  // The covenants in view: all of them, or those the region is party to (found from the region, not by
  // testing every covenant, which matters on a national graph).
  MATCH (c:Covenant) WHERE $region IS NULL RETURN c
  UNION
  MATCH (:SafetyRegion {id: $region})-[:PARTY_TO]->(c:Covenant) RETURN c
}
MATCH (i:ActionItem)-[:PART_OF]->(c)
WHERE i.status <> 'cancelled'
WITH i, i.status IN ['open', 'in-progress'] AND coalesce(i.dueOn < $asOf, false) AS overdue
RETURN i.theme AS theme,
       count(CASE WHEN i.status IN ['open', 'in-progress'] AND NOT overdue THEN 1 END) AS open,
       count(CASE WHEN overdue THEN 1 END) AS overdue,
       count(CASE WHEN i.status = 'done' THEN 1 END) AS done,
       toString(min(CASE WHEN overdue THEN i.dueOn END)) AS oldestOverdue
ORDER BY theme
