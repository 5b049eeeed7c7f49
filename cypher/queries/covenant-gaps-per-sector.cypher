// title-nl: Gaten in convenanten per sector
// title-en: Covenant gaps per sector
// description-nl: Per sector de regio's die partij zijn bij geen enkel actief convenant over die sector of een van zijn vitale processen. Een convenant met onbekende status (getekend, maar geen bron zegt dat het nog geldt) telt niet mee: het dekkingsrapport toont die apart.
// description-en: For each sector, the regions that are party to no active covenant covering that sector or one of its vital processes. A covenant whose status is unknown (signed, but no source says it is still in force) does not count: the coverage report shows those apart.
// theme-nl: Convenanten
// theme-en: Covenants
// param: sectors list<string> drinking-water,energy,telecom-ict
UNWIND $sectors AS sectorId
MATCH (s:Sector {id: sectorId})
MATCH (r:SafetyRegion)
WHERE NOT EXISTS {
  (r)-[:PARTY_TO]->(c:Covenant {status: 'active'})-[:COVERS]->(x)
  WHERE x = s OR (x:VitalProcess AND (x)-[:IN_SECTOR]->(s))
}
WITH s, collect(r.id + ' ' + r.name) AS regionsWithoutCovenant
RETURN s.id AS sector, s.name AS name, size(regionsWithoutCovenant) AS gaps, regionsWithoutCovenant
ORDER BY sector
