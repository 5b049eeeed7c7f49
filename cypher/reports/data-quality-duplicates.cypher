// title: Probable duplicate partners
// description: Partners that are probably the same organisation: the same name once case, spaces, punctuation and a "(fictief)" mark are ignored. (Not the website: the units of one organisation, such as the police units, share one.) With a region: only groups in which a partner serves that region.
// theme: Reports
// param: region string VR16
MATCH (p:Partner)
WITH p, reduce(s = toLower(replace(p.name, '(fictief)', '')),
               ch IN [' ', '.', ',', '-', '\'', '(', ')', '/', '–', '&'] | replace(s, ch, '')) AS key
WITH key, collect(p) AS partners
WHERE size(partners) > 1
  AND ($region IS NULL OR any(p IN partners WHERE (p)-[:SERVES]->(:SafetyRegion {id: $region})))
RETURN key, [p IN partners | p.id] AS ids, [p IN partners | p.name] AS names,
       CASE WHEN any(p IN partners WHERE p.origin = 'illustrative') THEN 'illustrative' ELSE 'public' END AS origin
ORDER BY key
