// title: Partner roles for one incident type
// description: Which partners a region works with on one incident type, with their role and the phases of the safety chain.
// theme: Risk profile
// param: region string VR16
// param: incidentType string 4.1.30
MATCH (pp:PartnerProfile)-[:IN_REGION]->(:SafetyRegion {id: $region}),
      (pp)-[:FOR_INCIDENT_TYPE]->(:IncidentType {id: $incidentType}),
      (pp)-[:OF_PARTNER]->(p:Partner)
RETURN p.name AS partner, p.category AS category, pp.role AS role, pp.phases AS phases
ORDER BY role, partner
