// title: Data quality issues, one row each
// description: The items behind the data-quality counts: covenants without end date, partners without an account holder at the region, open action items without due date, public facts tied to the region that are not verified (a public node without a status included), for every region (or one).
// theme: Reports
// param: region string VR16
//
// Region by region, in the order of the rows: the page and the PDF ask for the first rows only (the file followed
// by LIMIT), and then the database stops after the first region instead of reading all of them. The partners
// without an account holder are found as in data-quality.cypher (see there why); its counts are the rows here.
MATCH (r:SafetyRegion)
WHERE $region IS NULL OR r.id = $region
CALL (r) {
  MATCH (r)-[:PARTY_TO]->(c:Covenant) WHERE c.status IN ['active', 'draft'] AND c.validUntil IS NULL
  RETURN 'covenant-without-end-date' AS issue, c.id AS id, c.name AS name, c.origin AS origin
  UNION
  CALL (r) {
    MATCH (r)<-[:SERVES]-(p:Partner)
    RETURN p, 'serves' AS tie
    UNION ALL
    MATCH (r)<-[:WORKS_FOR]-(:Person)-[:ACCOUNT_HOLDER_FOR]->(p)
    RETURN p, 'held' AS tie
  }
  // 'held' sorts before 'serves' (see data-quality.cypher)
  WITH p, min(tie) AS leastTie
  WHERE leastTie = 'serves'
  RETURN 'partner-without-account-holder' AS issue, p.id AS id, p.name AS name, p.origin AS origin
  UNION
  MATCH (r)-[:PARTY_TO]->(:Covenant)<-[:PART_OF]-(i:ActionItem) WHERE i.status IN ['open', 'in-progress'] AND i.dueOn IS NULL
  RETURN 'item-without-due-date' AS issue, i.id AS id, i.name AS name, i.origin AS origin
  UNION
  // the facts tied to the region as in data-quality.cypher: the region itself and its neighbours, sources left out
  CALL (r) {
    RETURN r AS n
    UNION
    MATCH (r)--(n) WHERE NOT n:Source
    RETURN n
  }
  WITH n WHERE n.origin = 'public' AND coalesce(n.verification, 'unverified') = 'unverified'
  RETURN 'unverified' AS issue, n.id AS id, n.name AS name, n.origin AS origin
}
RETURN r.id AS region, r.name AS regionName, issue, id, name, origin
ORDER BY region, issue, name
