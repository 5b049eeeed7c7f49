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
     COLLECT { MATCH (r:SafetyRegion)-[:MEMBER_OF]->(n) RETURN r ORDER BY elementId(r) } AS memberRegions
// A network's covenants are those of its member regions plus those of its other members. A region is party to
// many covenants (thousands in a large graph) and networks of one sector often have the same member regions,
// so the member regions' covenants are counted once per sector and set of member regions, not per network.
WITH s, memberRegions, collect({n: n, hosts: hosts, regions: regions, partners: partners}) AS networks
WITH s, memberRegions, networks, [s] + COLLECT { MATCH (v:VitalProcess)-[:IN_SECTOR]->(s) RETURN v } AS scope
// Each covenant once (member regions often share one), then its items: an item is PART_OF one covenant.
// The sector and its processes are looked up once (scope): checking IN_SECTOR per covered node costs far more.
CALL (memberRegions, scope) {
  UNWIND memberRegions AS r
  MATCH (r)-[:PARTY_TO]->(c:Covenant)
  WITH DISTINCT c
  WHERE EXISTS { (c)-[:COVERS]->(x) WHERE x IN scope }
  OPTIONAL MATCH (c)<-[:PART_OF]-(i:ActionItem)
  RETURN count(CASE WHEN i.status IN ['open', 'in-progress'] THEN 1 END) AS regionsOpen,
         count(CASE WHEN i.status = 'done' AND i.doneOn >= $asOf - duration({months: $months}) AND i.doneOn <= $asOf
                    THEN 1 END) AS regionsDone
}
UNWIND networks AS network
// Then the covenants of the other members (partners, a few covenants each) that no member region is party to.
CALL (network, memberRegions, scope) {
  WITH network.n AS n
  MATCH (n)<-[:MEMBER_OF]-(m)-[:PARTY_TO]->(c:Covenant)
  WHERE NOT m:SafetyRegion
  WITH DISTINCT c
  WHERE EXISTS { (c)-[:COVERS]->(x) WHERE x IN scope }
    AND NOT EXISTS { (c)<-[:PARTY_TO]-(r:SafetyRegion) WHERE r IN memberRegions }
  OPTIONAL MATCH (c)<-[:PART_OF]-(i:ActionItem)
  RETURN count(CASE WHEN i.status IN ['open', 'in-progress'] THEN 1 END) AS othersOpen,
         count(CASE WHEN i.status = 'done' AND i.doneOn >= $asOf - duration({months: $months}) AND i.doneOn <= $asOf
                    THEN 1 END) AS othersDone
}
WITH s, network.n AS n, network, regionsOpen + othersOpen AS openActions, regionsDone + othersDone AS recentlyDone
RETURN s.id AS sector, s.name AS sectorName, coalesce(s.nameEn, s.name) AS sectorNameEn, n.id AS network, n.name AS networkName,
       network.hosts AS hosts, network.regions AS regions, network.partners AS partners,
       openActions, recentlyDone, openActions + recentlyDone > 0 AS concrete, n.origin AS origin
ORDER BY sectorName, networkName
