// title: Last joint exercise per partnership
// description: For every partnership of a region and a vital partner (a Partner that PROVIDES a vital process and SERVES the region): the last exercise on or before asOf in which both took part. State: recent (within the last `months` months), stale (earlier) or never.
// theme: Reports
// param: asOf date 2026-11-23
// param: months integer 24
// param: region string VR16
// The vital partners are found from the vital processes, each once: testing every partner of every region for a
// PROVIDES relationship read each partner's whole list of relationships once per region it serves (4.7 million
// db hits on a national graph; a region alone is cheaper the old way, 0.4 instead of 1.2 million, still fast).
MATCH (:VitalProcess)<-[:PROVIDES]-(p:Partner)
WITH DISTINCT p
MATCH (r:SafetyRegion)<-[:SERVES]-(p)
WHERE $region IS NULL OR r.id = $region
WITH r, p, COLLECT {
  MATCH (r)-[:PARTICIPATED_IN]->(e:Exercise)<-[:PARTICIPATED_IN]-(p)
  WHERE e.heldOn <= $asOf
  RETURN e ORDER BY e.heldOn DESC, e.id LIMIT 1
} AS last
WITH r, p, last[0] AS e
RETURN r.id AS region, r.name AS regionName, p.id AS partner, p.name AS partnerName,
       e.name AS exercise, toString(e.heldOn) AS heldOn,
       CASE WHEN e IS NULL THEN 'never'
            WHEN e.heldOn >= $asOf - duration({months: $months}) THEN 'recent'
            ELSE 'stale' END AS state,
       coalesce(e.origin, p.origin) AS origin
ORDER BY region, state DESC, partnerName
