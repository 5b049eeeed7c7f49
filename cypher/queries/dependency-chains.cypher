// title-nl: Afhankelijkheidsketens van een vitaal proces
// title-en: Dependency chains of a vital process
// description-nl: Welke vitale processen via ketens van afhankelijkheden uitvallen als het opgegeven proces uitvalt; uren opgeteld langs elke keten, de snelste keten per proces.
// description-en: Which vital processes fail, through chains of dependencies, when the given process fails; hours summed along each chain, fastest chain per process.
// theme-nl: Vitale processen
// theme-en: Vital processes
// param: process string VP02
// param: maxHours integer 24
MATCH chain = (hit:VitalProcess)-[:DEPENDS_ON*1..5]->(:VitalProcess {id: $process})
WHERE all(n IN nodes(chain) WHERE single(m IN nodes(chain) WHERE m = n))
WITH hit, chain, reduce(hours = 0.0, d IN relationships(chain) | hours + d.timeToImpactHours) AS hours
WHERE hours <= $maxHours
WITH hit, hours, chain ORDER BY hours, length(chain)
WITH hit, collect({hours: hours, chain: chain})[0] AS fastest
RETURN hit.id AS id, hit.name AS process, fastest.hours AS hoursToImpact, fastest.chain AS chain
ORDER BY hoursToImpact, id
