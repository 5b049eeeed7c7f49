// title: Action items over time
// description: Per year of the due date up to asOf: how many items fell due, how many of them are done, how many were done on time (done on or before the due date) and how many are still open.
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
WHERE i.status <> 'cancelled' AND i.dueOn <= $asOf
RETURN i.dueOn.year AS year, count(i) AS due,
       count(CASE WHEN i.status = 'done' THEN 1 END) AS done,
       count(CASE WHEN i.status = 'done' AND i.doneOn <= i.dueOn THEN 1 END) AS doneOnTime,
       count(CASE WHEN i.status IN ['open', 'in-progress'] THEN 1 END) AS stillOpen
ORDER BY year
