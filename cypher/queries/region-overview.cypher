// title-nl: Regio in één oogopslag
// title-en: Region at a glance
// description-nl: Per regio: gemeenten, partners, actieve convenanten, verlopen actiepunten en oefeningen sinds een datum.
// description-en: For every region: municipalities, partners, active covenants, overdue action items and exercises since a date.
// theme-nl: Regio's
// theme-en: Regions
// param: today date 2026-11-23
MATCH (r:SafetyRegion)
RETURN r.id AS id, r.name AS region,
       COUNT { (:Municipality)-[:PART_OF]->(r) } AS municipalities,
       COUNT { (:Partner)-[:SERVES]->(r) } AS partners,
       COUNT { (r)-[:PARTY_TO]->(:Covenant {status: 'active'}) } AS activeCovenants,
       COUNT { (r)-[:PARTY_TO]->(:Covenant)<-[:PART_OF]-(a:ActionItem)
               WHERE a.status IN ['open', 'in-progress'] AND a.dueOn < $today } AS overdueActionItems,
       COUNT { (r)-[:PARTICIPATED_IN]->(e:Exercise) WHERE e.heldOn >= $today - duration({years: 2}) } AS exercisesLastTwoYears
ORDER BY id
