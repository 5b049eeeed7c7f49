// title-nl: Convenanten die binnenkort aflopen
// title-en: Covenants expiring soon
// description-nl: Actieve convenanten waarvan de geldigheid eindigt binnen het opgegeven aantal maanden na de peildatum, met hun regio's.
// description-en: Active covenants whose validity ends within the given number of months after the reference date, with their regions.
// theme-nl: Convenanten
// theme-en: Covenants
// param: today date 2026-11-23
// param: months integer 6
MATCH (c:Covenant {status: 'active'})
WHERE c.validUntil >= $today AND c.validUntil <= $today + duration({months: $months})
OPTIONAL MATCH (r:SafetyRegion)-[:PARTY_TO]->(c)
RETURN c.id AS id, c.name AS covenant, c.validUntil AS validUntil, collect(r.id) AS regions
ORDER BY validUntil, id
