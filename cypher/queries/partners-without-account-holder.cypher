// title-nl: Partners zonder accounthouder
// title-en: Partners without account holder
// description-nl: Partners in de regio voor wie niemand accounthouder is, publieke (echte) partners eerst.
// description-en: Partners serving the region that nobody holds the account for, public (real) partners first.
// theme-nl: Contacten
// theme-en: Contacts
// param: region string VR16
MATCH (p:Partner)-[:SERVES]->(:SafetyRegion {id: $region})
WHERE NOT EXISTS { (:Person)-[:ACCOUNT_HOLDER_FOR]->(p) }
RETURN p.id AS id, p.name AS partner, p.category AS category, p.origin AS origin
ORDER BY origin DESC, partner
