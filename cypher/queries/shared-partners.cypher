// title: Partners two regions share
// description: The partners that serve both regions (for example Hollands Midden and Haaglanden), with their category.
// theme: Partners
// param: region string VR16
// param: otherRegion string VR15
MATCH (:SafetyRegion {id: $region})<-[:SERVES]-(p:Partner)-[:SERVES]->(:SafetyRegion {id: $otherRegion})
RETURN p.id AS id, p.name AS partner, p.category AS category, p.scope AS scope
ORDER BY category, partner
