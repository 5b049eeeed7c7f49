// title: Data quality per region
// description: Per region what is missing: covenants (active or draft) the region is party to without an end date (validUntil); partners that serve the region without an account holder at the region (a Person who WORKS_FOR the region and is ACCOUNT_HOLDER_FOR the partner); action items (open or in progress) on the region's covenants without a due date; partners serving the region that are probable duplicates (see data-quality-duplicates.cypher); the public facts tied to the region (the region itself and every node with a relationship to it, sources left out: they are the evidence) per verification status: verified (a source states it), derived (follows from verified facts), unverified (a public node without a status counts as unverified). Each covenant, partner, item and unverified fact counts once: the counts are the rows of data-quality-issues.cypher.
// theme: Reports
// param: region string VR16
//
// Open items without a due date are found from the items (the status index), once for all regions: walking every
// region's covenants to all their items read 2 million relationships and properties on a national graph.
CALL () {
  MATCH (i:ActionItem)-[:PART_OF]->(:Covenant)<-[:PARTY_TO]-(r:SafetyRegion)
  USING INDEX i:ActionItem(status)
  WHERE i.status IN ['open', 'in-progress'] AND i.dueOn IS NULL
  WITH r, count(DISTINCT i) AS items
  RETURN collect({region: r, items: items}) AS itemsPerRegion
}
MATCH (r:SafetyRegion)
WHERE $region IS NULL OR r.id = $region
// A partner has an account holder at the region when one of the region's people holds its account. The region's
// partners and the partners its people hold are read once each and grouped by partner: testing every partner's
// account holders against the region read each partner's holders once per region it serves (11 million db hits).
// 'held' sorts before 'serves', so a partner whose least tie is 'serves' is served and not held: a minimum per
// partner instead of a list per partner (0.43 instead of 0.50 s on a national graph).
CALL (r) {
  MATCH (r)<-[:SERVES]-(p:Partner)
  RETURN p, 'serves' AS tie
  UNION ALL
  MATCH (r)<-[:WORKS_FOR]-(:Person)-[:ACCOUNT_HOLDER_FOR]->(p)
  RETURN p, 'held' AS tie
}
WITH itemsPerRegion, r, p, min(tie) AS leastTie
WITH itemsPerRegion, r, count(CASE WHEN leastTie = 'serves' THEN p END) AS partnersWithoutAccountHolder
CALL (r) {
  CALL (r) {
    RETURN r AS n
    UNION
    MATCH (r)--(n) WHERE NOT n:Source
    RETURN n
  }
  WITH n WHERE n.origin = 'public'
  WITH coalesce(n.verification, 'unverified') AS status
  RETURN count(CASE status WHEN 'verified' THEN 1 END) AS verified,
         count(CASE status WHEN 'derived' THEN 1 END) AS derived,
         count(CASE status WHEN 'unverified' THEN 1 END) AS unverified
}
RETURN r.id AS region, r.name AS regionName,
       COUNT { MATCH (r)-[:PARTY_TO]->(c:Covenant) WHERE c.status IN ['active', 'draft'] AND c.validUntil IS NULL
               RETURN DISTINCT c } AS covenantsWithoutEndDate,
       partnersWithoutAccountHolder,
       coalesce([x IN itemsPerRegion WHERE x.region = r | x.items][0], 0) AS itemsWithoutDueDate,
       verified, derived, unverified
ORDER BY region
