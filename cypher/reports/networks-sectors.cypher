// title: Networks with concrete improvement actions, per sector
// description: For every sector with at least one network that has members: how many of those networks have concrete improvement actions, how many do not, and the names of those that do not. The definition is that of networks.cypher: a network has concrete improvement actions for a sector when one of its members is party to a covenant that covers the sector (or one of its vital processes) and has an action item, not cancelled, that is still open / in progress or was done within the last `months` months before asOf.
// theme: Reports
// param: asOf date 2026-11-23
// param: months integer 12
//
// The national overview shows this summary instead of every network. Whether one such covenant exists is answered
// at the first one found, where networks.cypher counts every item of every covenant its members are party to: on a
// national graph this file takes 0.24 s, networks.cypher 1.7 s. ReportApiTests checks both files agree.
MATCH (s:Sector)
WITH s, [s] + COLLECT { MATCH (v:VitalProcess)-[:IN_SECTOR]->(s) RETURN v } AS scope
MATCH (s)<-[:FOCUSES_ON]-(n:Network)
WHERE EXISTS { (n)<-[:MEMBER_OF]-() }
WITH s, n, EXISTS {
  MATCH (n)<-[:MEMBER_OF]-()-[:PARTY_TO]->(c:Covenant)-[:COVERS]->(covered)
  WHERE covered IN scope
    AND EXISTS { (c)<-[:PART_OF]-(i:ActionItem)
                 WHERE i.status IN ['open', 'in-progress']
                    OR (i.status = 'done' AND i.doneOn >= $asOf - duration({months: $months}) AND i.doneOn <= $asOf) }
} AS concrete
ORDER BY n.name, n.id
WITH s, count(n) AS networks, count(CASE WHEN concrete THEN n END) AS concrete,
     collect(CASE WHEN NOT concrete THEN n.name END) AS networksWithoutActions
RETURN s.id AS sector, s.name AS sectorName, coalesce(s.nameEn, s.name) AS sectorNameEn, networks,
       concrete AS withActions, networks - concrete AS withoutActions, networksWithoutActions
ORDER BY sectorName
