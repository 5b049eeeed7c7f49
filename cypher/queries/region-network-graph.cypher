// title-nl: Netwerk van een regio als graaf
// title-en: Network of a region as a graph
// description-nl: De regio, de partners die haar bedienen en hun sectoren, als paden voor de graafweergave.
// description-en: The region, the partners that serve it and their sectors, as paths for the graph view.
// theme-nl: Partners
// theme-en: Partners
// param: region string VR16
// param: category string drinking-water
MATCH path = (:SafetyRegion {id: $region})<-[:SERVES]-(p:Partner {category: $category})-[:ACTIVE_IN]->(:Sector)
RETURN path
