// title: Cross-region ties of a region
// description: For one region, every other region it is tied to: regional or local partners that serve both (national partners serve every region and are left out), covenants both are party to, networks both are members of, exercises both took part in.
// theme: Reports
// param: region string VR16
MATCH (r:SafetyRegion {id: $region})
// Each kind of tie is read once from the region and grouped by the other region, instead of once per other region.
CALL (r) {
  MATCH (r)<-[:SERVES]-(p:Partner)-[:SERVES]->(o:SafetyRegion)
  WHERE p.scope <> 'national' AND o <> r
  WITH o, p.name AS name ORDER BY name
  RETURN o, collect(name) AS sharedPartners, [] AS jointCovenants, [] AS sharedNetworks, 0 AS jointExercises
  UNION ALL
  MATCH (r)-[:PARTY_TO]->(c:Covenant)<-[:PARTY_TO]-(o:SafetyRegion)
  WHERE o <> r
  WITH o, c.name AS name ORDER BY name
  RETURN o, [] AS sharedPartners, collect(name) AS jointCovenants, [] AS sharedNetworks, 0 AS jointExercises
  UNION ALL
  MATCH (r)-[:MEMBER_OF]->(n:Network)<-[:MEMBER_OF]-(o:SafetyRegion)
  WHERE o <> r
  WITH o, n.name AS name ORDER BY name
  RETURN o, [] AS sharedPartners, [] AS jointCovenants, collect(name) AS sharedNetworks, 0 AS jointExercises
  UNION ALL
  MATCH (r)-[:PARTICIPATED_IN]->(e:Exercise)<-[:PARTICIPATED_IN]-(o:SafetyRegion)
  WHERE o <> r
  RETURN o, [] AS sharedPartners, [] AS jointCovenants, [] AS sharedNetworks, count(e) AS jointExercises
}
WITH o, reduce(l = [], x IN collect(sharedPartners) | l + x) AS sharedPartners,
     reduce(l = [], x IN collect(jointCovenants) | l + x) AS jointCovenants,
     reduce(l = [], x IN collect(sharedNetworks) | l + x) AS sharedNetworks,
     sum(jointExercises) AS jointExercises
RETURN o.id AS region, o.name AS regionName, size(sharedPartners) AS sharedPartnerCount, sharedPartners,
       jointCovenants, sharedNetworks, jointExercises
ORDER BY size(jointCovenants) + size(sharedNetworks) + jointExercises + size(sharedPartners) DESC, regionName
