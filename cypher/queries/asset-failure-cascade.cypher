// title-nl: Wat uitvalt als een object uitvalt
// title-en: What fails when an asset fails
// description-nl: Objecten die via ketens van afhankelijkheden tussen objecten geraakt worden als één object uitvalt, met de uren opgeteld langs de snelste keten en hun beheerder.
// description-en: Assets hit through chains of asset dependencies when one asset fails, with hours summed along the fastest chain and their operator.
// theme-nl: Infrastructuur
// theme-en: Infrastructure
// param: asset string AS-HM-SUB-LEIDEN-NOORD
// param: maxHours integer 72
MATCH chain = (hit:Asset)-[:DEPENDS_ON*1..6]->(:Asset {id: $asset})
WHERE all(n IN nodes(chain) WHERE single(m IN nodes(chain) WHERE m = n))
WITH hit, chain, reduce(hours = 0.0, d IN relationships(chain) | hours + d.timeToImpactHours) AS hours
WHERE hours <= $maxHours
WITH hit, min(hours) AS hoursToImpact
OPTIONAL MATCH (operator:Partner)-[:OPERATES]->(hit)
RETURN hit.id AS id, hit.name AS asset, hit.kind AS kind, hoursToImpact, operator.name AS operator
ORDER BY hoursToImpact, id
