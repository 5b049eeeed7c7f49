// title-nl: Partijen en reikwijdte van een convenant
// title-en: Parties and scope of a covenant
// description-nl: Wie een convenant tekende (en in welke rol), waar het over gaat, en de stand van zijn actielijst.
// description-en: Who signed a covenant (and in which role), what it covers, and the state of its action list.
// theme-nl: Convenanten
// theme-en: Covenants
// param: covenant string COV-VR16-OMGEVINGSDIENSTEN
MATCH (c:Covenant {id: $covenant})
OPTIONAL MATCH (party)-[pt:PARTY_TO]->(c)
WITH c, collect(party.name + ' (' + pt.role + CASE WHEN pt.signatory THEN ', signed' ELSE '' END + ')') AS parties
OPTIONAL MATCH (c)-[:COVERS]->(x)
WITH c, parties, collect(x.name) AS covers
OPTIONAL MATCH (a:ActionItem)-[:PART_OF]->(c)
RETURN c.id AS id, c.name AS covenant, c.kind AS kind, c.status AS status, c.validUntil AS validUntil,
       parties, covers, count(a) AS actionItems,
       count(CASE WHEN a.status IN ['open', 'in-progress'] THEN 1 END) AS openActionItems
