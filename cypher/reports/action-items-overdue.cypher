// title: Overdue action items, oldest first
// description: Action items that are open or in progress with a due date before asOf, with their covenant, the regions party to it and who the item is assigned to.
// theme: Reports
// param: asOf date 2026-11-23
// param: region string VR16
//
// Read from the due dates in their order (the dueOn index): the page and the PDF ask for the first rows only (the
// file followed by LIMIT), and then the database reads the first few hundred overdue items and stops, instead of
// every item of every covenant (1.9 million db hits on a national graph, now 23 thousand).
MATCH (i:ActionItem)-[:PART_OF]->(c:Covenant)
WHERE i.dueOn < $asOf AND i.status IN ['open', 'in-progress']
  AND ($region IS NULL OR EXISTS { (c)<-[:PARTY_TO]-(:SafetyRegion {id: $region}) })
RETURN i.id AS id, i.name AS name, i.theme AS theme, i.status AS status, toString(i.dueOn) AS dueOn,
       duration.inDays(i.dueOn, $asOf).days AS daysOverdue, c.name AS covenant,
       COLLECT { MATCH (c)<-[:PARTY_TO]-(r:SafetyRegion) RETURN r.name ORDER BY r.name } AS regions,
       COLLECT { MATCH (i)-[:ASSIGNED_TO]->(a) RETURN a.name ORDER BY a.name } AS assignedTo,
       i.origin AS origin
ORDER BY i.dueOn, i.id
