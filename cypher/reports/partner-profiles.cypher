// title: Partner profiles of a region
// description: For one region, every partner profile: which partner has which role, in which phases, for which incident type.
// theme: Reports
// param: region string VR16
MATCH (pp:PartnerProfile)-[:IN_REGION]->(:SafetyRegion {id: $region}),
      (pp)-[:OF_PARTNER]->(p:Partner),
      (pp)-[:FOR_INCIDENT_TYPE]->(i:IncidentType)
RETURN p.id AS partner, p.name AS partnerName, p.category AS category, i.id AS incidentType,
       i.name AS incidentTypeName, pp.role AS role, coalesce(pp.phases, []) AS phases, pp.origin AS origin
ORDER BY partnerName, incidentType
