// title: Cross-region ties of a region
// description: For one region, every other region it is tied to: regional or local partners that serve both (national partners serve every region and are left out), covenants both are party to, networks both are members of, exercises both took part in.
// theme: Reports
// param: region string VR16
MATCH (r:SafetyRegion {id: $region}), (o:SafetyRegion)
WHERE o <> r
WITH o,
     COLLECT { MATCH (r)<-[:SERVES]-(p:Partner)-[:SERVES]->(o) WHERE p.scope <> 'national' RETURN p.name ORDER BY p.name } AS sharedPartners,
     COLLECT { MATCH (r)-[:PARTY_TO]->(c:Covenant)<-[:PARTY_TO]-(o) RETURN c.name ORDER BY c.name } AS jointCovenants,
     COLLECT { MATCH (r)-[:MEMBER_OF]->(n:Network)<-[:MEMBER_OF]-(o) RETURN n.name ORDER BY n.name } AS sharedNetworks,
     COUNT { MATCH (r)-[:PARTICIPATED_IN]->(e:Exercise)<-[:PARTICIPATED_IN]-(o) RETURN e } AS jointExercises
WHERE size(sharedPartners) + size(jointCovenants) + size(sharedNetworks) + jointExercises > 0
RETURN o.id AS region, o.name AS regionName, size(sharedPartners) AS sharedPartnerCount, sharedPartners,
       jointCovenants, sharedNetworks, jointExercises
ORDER BY size(jointCovenants) + size(sharedNetworks) + jointExercises + size(sharedPartners) DESC, regionName
