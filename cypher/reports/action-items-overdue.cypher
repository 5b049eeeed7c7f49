// title: Overdue action items, oldest first
// description: Action items that are open or in progress with a due date before asOf, with their covenant, the regions party to it and who the item is assigned to.
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
WHERE i.status IN ['open', 'in-progress'] AND i.dueOn < $asOf
RETURN i.id AS id, i.name AS name, i.theme AS theme, i.status AS status, toString(i.dueOn) AS dueOn,
       duration.inDays(i.dueOn, $asOf).days AS daysOverdue, c.name AS covenant,
       COLLECT { MATCH (c)<-[:PARTY_TO]-(r:SafetyRegion) RETURN r.name ORDER BY r.name } AS regions,
       COLLECT { MATCH (i)-[:ASSIGNED_TO]->(a) RETURN a.name ORDER BY a.name } AS assignedTo,
       i.origin AS origin
ORDER BY i.dueOn, i.id
