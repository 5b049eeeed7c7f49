// title-nl: Bronnen achter een feit
// title-en: Sources behind a fact
// description-nl: De documenten waar een knoop uit komt (Source MENTIONS), en de bronnen die op zijn relaties staan.
// description-en: The documents a node comes from (Source MENTIONS it), and the sources named on its relationships.
// theme-nl: Herkomst
// theme-en: Provenance
// param: id string P-VITENS
MATCH (n {id: $id})
OPTIONAL MATCH (s:Source)-[:MENTIONS]->(n)
WITH n, collect(DISTINCT s) AS direct
OPTIONAL MATCH (n)-[r]-() WHERE r.source IS NOT NULL
WITH n, direct, collect(DISTINCT type(r) + ': ' + reduce(t = '', x IN r.source | t + x + ' ')) AS onRelationships
UNWIND CASE WHEN size(direct) = 0 THEN [null] ELSE direct END AS s
RETURN n.id AS id, n.name AS name, n.origin AS origin, s.id AS source, s.name AS title, s.publisher AS publisher,
       s.url AS url, onRelationships
ORDER BY source
