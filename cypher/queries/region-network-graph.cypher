// title: Network of a region as a graph
// description: The region, the partners that serve it and their sectors, as paths for the graph view.
// theme: Partners
// param: region string VR16
// param: category string drinking-water
MATCH path = (:SafetyRegion {id: $region})<-[:SERVES]-(p:Partner {category: $category})-[:ACTIVE_IN]->(:Sector)
RETURN path
