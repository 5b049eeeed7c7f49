// title: Covenant coverage
// description: For every safety region and every column (a Sector or a VitalProcess id), the best state of the covenants the region is party to that cover it: active, expiring (active, ends within expiringMonths after asOf), in-preparation (draft, or active but not yet in force), unknown (signed, but no source says whether it is still in force), expired (expired, terminated, or past its end date) or none. A covenant covers a sector column when it COVERS the sector or one of the sector's vital processes; it covers a process column only when it COVERS that process.
// theme: Reports
// param: columns list<string> drinking-water,VP02,VP04,VP05,telecom-ict
// param: asOf date 2026-11-23
// param: expiringMonths integer 6
// param: details boolean true
UNWIND range(0, size($columns) - 1) AS position
MATCH (col:Sector|VitalProcess {id: $columns[position]})
WITH position, col, [col] + COLLECT { MATCH (v:VitalProcess)-[:IN_SECTOR]->(col:Sector) RETURN v } AS scope
// The covenants that cover the column are found from the column's side, each once with its state and partners,
// and then split over their party regions: testing every covenant of every region against the column read each
// covenant's relationships once per region and column (7.7 million db hits on a national graph, now 1.2 million).
// The partners of each covenant are named only with `details`: the national overview leaves them to this report,
// and naming them took three quarters of its time on a national graph.
WITH position, col, COLLECT {
  UNWIND scope AS x
  MATCH (x)<-[:COVERS]-(c:Covenant)
  WITH DISTINCT c
  WITH c, c {.id, .name, .status, .origin,
            validUntil: toString(c.validUntil),
            state: CASE
              WHEN c.status = 'draft' OR (c.status = 'active' AND c.validFrom > $asOf) THEN 'in-preparation'
              WHEN c.validUntil < $asOf THEN 'expired'
              WHEN c.status = 'unknown' THEN 'unknown'
              WHEN c.status <> 'active' THEN 'expired'
              WHEN c.validUntil <= $asOf + duration({months: $expiringMonths}) THEN 'expiring'
              ELSE 'active' END,
            partners: CASE WHEN $details THEN COLLECT { MATCH (p:Partner)-[:PARTY_TO]->(c) RETURN p.name ORDER BY p.name } END
           } AS covenant
  MATCH (r:SafetyRegion)-[:PARTY_TO]->(c)
  WITH r, covenant ORDER BY covenant.id
  WITH r, collect(covenant) AS covenants
  RETURN {region: r, covenants: covenants}
} AS cells
// Every region gets a cell, also those with no covering covenant (state 'none').
MATCH (r:SafetyRegion)
WITH position, col, r, coalesce([cell IN cells WHERE cell.region = r | cell.covenants][0], []) AS covenants
WITH position, col, r, covenants,
     [s IN ['active', 'expiring', 'in-preparation', 'unknown', 'expired'] WHERE any(c IN covenants WHERE c.state = s)] AS states
RETURN r.id AS region, r.name AS regionName, col.id AS column, col.name AS columnName,
       coalesce(col.nameEn, col.name) AS columnNameEn,
       coalesce(states[0], 'none') AS status, covenants
ORDER BY region, position
