// title: Networks per sector and their improvement actions
// description: Every network with at least one member, once per sector it FOCUSES_ON, with its hosts, member regions and member partners. Improvement actions: action items, not cancelled, on covenants that a member is party to and that cover the sector (or one of its vital processes), either still open / in progress or done within the last `months` months before asOf. A network "has concrete improvement actions" for a sector when there is at least one.
// theme: Reports
// param: asOf date 2026-11-23
// param: months integer 12
MATCH (n:Network)-[:FOCUSES_ON]->(s:Sector)
WHERE EXISTS { (n)<-[:MEMBER_OF]-() }
WITH s, n,
     COLLECT { MATCH (h)-[:MEMBER_OF {host: true}]->(n) RETURN h.name ORDER BY h.name } AS hosts,
     COLLECT { MATCH (r:SafetyRegion)-[:MEMBER_OF]->(n) RETURN r.name ORDER BY r.name } AS regions,
     COLLECT { MATCH (p:Partner)-[:MEMBER_OF]->(n) RETURN p.name ORDER BY p.name } AS partners,
     [s] + COLLECT { MATCH (v:VitalProcess)-[:IN_SECTOR]->(s) RETURN v } AS scope
// Each covenant once (members often share one), then its items: an item is PART_OF one covenant, so none twice.
// The sector and its processes are looked up once (scope): checking IN_SECTOR per covered node costs far more.
CALL (n, scope) {
  MATCH (n)<-[:MEMBER_OF]-()-[:PARTY_TO]->(c:Covenant)
  WITH DISTINCT c
  WHERE EXISTS { (c)-[:COVERS]->(x) WHERE x IN scope }
  OPTIONAL MATCH (c)<-[:PART_OF]-(i:ActionItem)
  RETURN count(CASE WHEN i.status IN ['open', 'in-progress'] THEN 1 END) AS openActions,
         count(CASE WHEN i.status = 'done' AND i.doneOn >= $asOf - duration({months: $months}) AND i.doneOn <= $asOf
                    THEN 1 END) AS recentlyDone
}
RETURN s.id AS sector, s.name AS sectorName, coalesce(s.nameEn, s.name) AS sectorNameEn, n.id AS network, n.name AS networkName, hosts, regions, partners,
       openActions, recentlyDone, openActions + recentlyDone > 0 AS concrete, n.origin AS origin
ORDER BY sectorName, networkName
