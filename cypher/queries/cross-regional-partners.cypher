// title-nl: Regio-overstijgende partners
// title-en: Cross-regional partners
// description-nl: Partners die ten minste het opgegeven aantal veiligheidsregio's bedienen, met die regio's.
// description-en: Partners that serve at least the given number of safety regions, with the regions they serve.
// theme-nl: Partners
// theme-en: Partners
// param: minRegions integer 2
MATCH (p:Partner)-[:SERVES]->(r:SafetyRegion)
WITH p, collect(r.id) AS regions
WHERE size(regions) >= $minRegions
RETURN p.id AS id, p.name AS partner, p.category AS category, size(regions) AS regionCount, regions
ORDER BY regionCount DESC, partner
