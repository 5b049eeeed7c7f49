// title: Data quality per region
// description: Per region what is missing: covenants (active or draft) the region is party to without an end date (validUntil); partners that serve the region without an account holder at the region (a Person who WORKS_FOR the region and is ACCOUNT_HOLDER_FOR the partner); action items (open or in progress) on the region's covenants without a due date; partners serving the region that are probable duplicates (see data-quality-duplicates.cypher).
// theme: Reports
// param: region string VR16
MATCH (r:SafetyRegion)
WHERE $region IS NULL OR r.id = $region
RETURN r.id AS region, r.name AS regionName,
       COUNT { (r)-[:PARTY_TO]->(c:Covenant) WHERE c.status IN ['active', 'draft'] AND c.validUntil IS NULL } AS covenantsWithoutEndDate,
       COUNT { (r)<-[:SERVES]-(p:Partner) WHERE NOT EXISTS { (p)<-[:ACCOUNT_HOLDER_FOR]-(:Person)-[:WORKS_FOR]->(r) } } AS partnersWithoutAccountHolder,
       COUNT { MATCH (r)-[:PARTY_TO]->(:Covenant)<-[:PART_OF]-(i:ActionItem)
               WHERE i.status IN ['open', 'in-progress'] AND i.dueOn IS NULL RETURN DISTINCT i } AS itemsWithoutDueDate
ORDER BY region
