// title: Overdue action items per region and theme
// description: Action items still open or in progress after their due date, counted per region (the regions party to the covenant) and theme.
// theme: Action lists
// param: today date 2026-11-23
MATCH (a:ActionItem)-[:PART_OF]->(c:Covenant)<-[:PARTY_TO]-(r:SafetyRegion)
WHERE a.status IN ['open', 'in-progress'] AND a.dueOn < $today
RETURN r.id AS region, r.name AS name, a.theme AS theme, count(DISTINCT a) AS overdue,
       min(a.dueOn) AS oldestDueOn
ORDER BY region, overdue DESC, theme
