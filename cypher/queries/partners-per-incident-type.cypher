// title-nl: Partners per incidenttype in een regio
// title-en: Partners per incident type in a region
// description-nl: Per incidenttype uit het risicoprofiel van de regio: hoeveel partners een rol hebben en welke (uit de partnerprofielen).
// description-en: For each incident type of the region's risk profile, how many partners have a role and who they are (from the partner profiles).
// theme-nl: Risicoprofiel
// theme-en: Risk profile
// param: region string VR16
MATCH (pp:PartnerProfile)-[:IN_REGION]->(:SafetyRegion {id: $region}),
      (pp)-[:FOR_INCIDENT_TYPE]->(i:IncidentType),
      (pp)-[:OF_PARTNER]->(p:Partner)
WITH i, count(DISTINCT p) AS partners, collect(DISTINCT p.name) AS names
RETURN i.id AS incidentType, i.name AS name, partners, names
ORDER BY partners DESC, incidentType
