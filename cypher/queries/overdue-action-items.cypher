// title-nl: Verlopen actiepunten per regio en thema
// title-en: Overdue action items per region and theme
// description-nl: Actiepunten die na hun uiterste datum nog open of in uitvoering zijn, geteld per regio (de regio's die partij zijn bij het convenant) en thema.
// description-en: Action items still open or in progress after their due date, counted per region (the regions party to the covenant) and theme.
// theme-nl: Actielijsten
// theme-en: Action lists
// param: today date 2026-11-23
MATCH (a:ActionItem)-[:PART_OF]->(c:Covenant)<-[:PARTY_TO]-(r:SafetyRegion)
WHERE a.status IN ['open', 'in-progress'] AND a.dueOn < $today
RETURN r.id AS region, r.name AS name, a.theme AS theme, count(DISTINCT a) AS overdue,
       min(a.dueOn) AS oldestDueOn
ORDER BY region, overdue DESC, theme
