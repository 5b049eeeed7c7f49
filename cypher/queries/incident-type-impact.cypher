// title-nl: Vitale processen die een incidenttype verstoort, en wie ze levert
// title-en: Vital processes an incident type disrupts, and who provides them
// description-nl: De vitale processen die een incidenttype direct verstoort, en de partners in de regio die elk ervan leveren.
// description-en: The vital processes an incident type disrupts directly, and the partners serving the region that provide each of them.
// theme-nl: Vitale processen
// theme-en: Vital processes
// param: incidentType string 4.1.30
// param: region string VR16
MATCH (:IncidentType {id: $incidentType})-[:DISRUPTS]->(v:VitalProcess)
OPTIONAL MATCH (p:Partner)-[:PROVIDES]->(v), (p)-[:SERVES]->(:SafetyRegion {id: $region})
RETURN v.id AS id, v.name AS process, v.category AS category, collect(p.name) AS providers
ORDER BY id
