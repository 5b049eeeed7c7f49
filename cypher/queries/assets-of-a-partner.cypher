// title-nl: Objecten van een partner en wat ervan afhangt
// title-en: Assets of a partner and what depends on them
// description-nl: De infrastructuur die een partner beheert, de vitale processen die elk object ondersteunt, en de objecten die ervan afhangen (met uren tot effect).
// description-en: The infrastructure a partner operates, the vital processes each asset supports, and the assets that depend on it (with hours to impact).
// theme-nl: Infrastructuur
// theme-en: Infrastructure
// param: partner string P-LIANDER
MATCH (:Partner {id: $partner})-[:OPERATES]->(a:Asset)
OPTIONAL MATCH (a)-[:LOCATED_IN]->(m:Municipality)
OPTIONAL MATCH (a)-[:SUPPORTS]->(v:VitalProcess)
OPTIONAL MATCH (dependent:Asset)-[d:DEPENDS_ON]->(a)
RETURN a.id AS id, a.name AS asset, a.kind AS kind, m.name AS municipality, collect(DISTINCT v.id) AS supports,
       collect(DISTINCT dependent.name + ' (' + d.timeToImpactHours + ' h)') AS dependents
ORDER BY id
