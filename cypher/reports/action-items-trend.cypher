// title: Action items over time
// description: Per year of the due date up to asOf: how many items fell due, how many of them are done, how many were done on time (done on or before the due date) and how many are still open.
// theme: Reports
// param: asOf date 2026-11-23
// param: region string VR16
MATCH (i:ActionItem)-[:PART_OF]->(c:Covenant)
WHERE i.status <> 'cancelled' AND i.dueOn <= $asOf
  AND ($region IS NULL OR EXISTS { (c)<-[:PARTY_TO]-(:SafetyRegion {id: $region}) })
RETURN i.dueOn.year AS year, count(i) AS due,
       count(CASE WHEN i.status = 'done' THEN 1 END) AS done,
       count(CASE WHEN i.status = 'done' AND i.doneOn <= i.dueOn THEN 1 END) AS doneOnTime,
       count(CASE WHEN i.status IN ['open', 'in-progress'] THEN 1 END) AS stillOpen
ORDER BY year
