// title-nl: Partners die twee regio's delen
// title-en: Partners two regions share
// description-nl: De partners die beide regio's bedienen (bijvoorbeeld Hollands Midden en Haaglanden), met hun categorie.
// description-en: The partners that serve both regions (for example Hollands Midden and Haaglanden), with their category.
// theme-nl: Partners
// theme-en: Partners
// param: region string VR16
// param: otherRegion string VR15
MATCH (:SafetyRegion {id: $region})<-[:SERVES]-(p:Partner)-[:SERVES]->(:SafetyRegion {id: $otherRegion})
RETURN p.id AS id, p.name AS partner, p.category AS category, p.scope AS scope
ORDER BY category, partner
