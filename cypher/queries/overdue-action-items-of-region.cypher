// title-nl: Verlopen actiepunten van één regio
// title-en: Overdue action items of one region
// description-nl: Elk verlopen actiepunt van de convenanten van de regio, met thema, uiterste datum, convenant en aan wie het is toegewezen.
// description-en: Every overdue action item of the region's covenants, with its theme, due date, covenant and who it is assigned to.
// theme-nl: Actielijsten
// theme-en: Action lists
// param: region string VR16
// param: today date 2026-11-23
MATCH (:SafetyRegion {id: $region})-[:PARTY_TO]->(c:Covenant)<-[:PART_OF]-(a:ActionItem)
WHERE a.status IN ['open', 'in-progress'] AND a.dueOn < $today
OPTIONAL MATCH (a)-[:ASSIGNED_TO]->(owner)
RETURN a.id AS id, a.name AS action, a.theme AS theme, a.status AS status, a.dueOn AS dueOn,
       c.name AS covenant, collect(owner.name) AS assignedTo
ORDER BY dueOn, id
