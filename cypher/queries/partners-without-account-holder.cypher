// title: Partners without account holder
// description: Partners serving the region that nobody holds the account for, public (real) partners first.
// theme: Contacts
// param: region string VR16
MATCH (p:Partner)-[:SERVES]->(:SafetyRegion {id: $region})
WHERE NOT EXISTS { (:Person)-[:ACCOUNT_HOLDER_FOR]->(p) }
RETURN p.id AS id, p.name AS partner, p.category AS category, p.origin AS origin
ORDER BY origin DESC, partner
