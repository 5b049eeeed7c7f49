// title: Cross-regional partners
// description: Partners that serve at least the given number of safety regions, with the regions they serve.
// theme: Partners
// param: minRegions integer 2
MATCH (p:Partner)-[:SERVES]->(r:SafetyRegion)
WITH p, collect(r.id) AS regions
WHERE size(regions) >= $minRegions
RETURN p.id AS id, p.name AS partner, p.category AS category, size(regions) AS regionCount, regions
ORDER BY regionCount DESC, partner
