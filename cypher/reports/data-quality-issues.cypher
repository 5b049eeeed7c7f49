// title: Data quality issues, one row each
// description: The items behind the data-quality counts: covenants without end date, partners without an account holder at the region, open action items without due date, for every region (or one).
// theme: Reports
// param: region string VR16
MATCH (r:SafetyRegion)
WHERE $region IS NULL OR r.id = $region
CALL (r) {
  MATCH (r)-[:PARTY_TO]->(c:Covenant) WHERE c.status IN ['active', 'draft'] AND c.validUntil IS NULL
  RETURN 'covenant-without-end-date' AS issue, c.id AS id, c.name AS name, c.origin AS origin
  UNION
  MATCH (r)<-[:SERVES]-(p:Partner) WHERE NOT EXISTS { (p)<-[:ACCOUNT_HOLDER_FOR]-(:Person)-[:WORKS_FOR]->(r) }
  RETURN 'partner-without-account-holder' AS issue, p.id AS id, p.name AS name, p.origin AS origin
  UNION
  MATCH (r)-[:PARTY_TO]->(:Covenant)<-[:PART_OF]-(i:ActionItem) WHERE i.status IN ['open', 'in-progress'] AND i.dueOn IS NULL
  RETURN 'item-without-due-date' AS issue, i.id AS id, i.name AS name, i.origin AS origin
}
RETURN r.id AS region, r.name AS regionName, issue, id, name, origin
ORDER BY region, issue, name
