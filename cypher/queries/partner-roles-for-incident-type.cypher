// title-nl: Rollen van partners bij één incidenttype
// title-en: Partner roles for one incident type
// description-nl: Met welke partners een regio bij één incidenttype samenwerkt, met hun rol en de fasen van de veiligheidsketen.
// description-en: Which partners a region works with on one incident type, with their role and the phases of the safety chain.
// theme-nl: Risicoprofiel
// theme-en: Risk profile
// param: region string VR16
// param: incidentType string 4.1.30
MATCH (pp:PartnerProfile)-[:IN_REGION]->(:SafetyRegion {id: $region}),
      (pp)-[:FOR_INCIDENT_TYPE]->(:IncidentType {id: $incidentType}),
      (pp)-[:OF_PARTNER]->(p:Partner)
RETURN p.name AS partner, p.category AS category, pp.role AS role, pp.phases AS phases
ORDER BY role, partner
