// title-nl: Partners die nodig zijn als de stroom uitvalt, en hun convenanten
// title-en: Partners needed when the electricity fails, and their covenants
// description-nl: De partners die de regio nodig heeft bij stroomuitval (partnerprofielen voor het incidenttype; 4.1.30 is stroomuitval), en welke daarvan partij zijn bij geen enkel actief convenant met de regio (een convenant met onbekende status telt niet mee); de partners ook als knopen voor de graaf en de verkenner.
// description-en: The partners the region needs on power failure (partner profiles for the incident type, 4.1.30 is power failure), and which of them are party to no active covenant with the region (a covenant whose status is unknown does not count); the partners also as nodes for the graph and the explorer.
// theme-nl: Convenanten
// theme-en: Covenants
// param: region string VR16
// param: incidentType string 4.1.30
MATCH (r:SafetyRegion {id: $region})<-[:IN_REGION]-(pp:PartnerProfile)-[:FOR_INCIDENT_TYPE]->(:IncidentType {id: $incidentType}),
      (pp)-[:OF_PARTNER]->(p:Partner)
OPTIONAL MATCH (p)-[:PARTY_TO]->(c:Covenant {status: 'active'})<-[:PARTY_TO]-(r)
WITH p, pp, collect(c.id) AS activeCovenants
RETURN p.id AS id, p.name AS partner, pp.role AS role, size(activeCovenants) = 0 AS noActiveCovenant, activeCovenants,
       p AS partnerNode
ORDER BY noActiveCovenant DESC, role, partner
