// Changes of relationships written before V010 get their 'target' (a migration of its own: Neo4j does not change
// the schema and the data in one transaction).
MATCH (c:Change) WHERE c.itemId CONTAINS '|' AND c.target IS NULL SET c.target = split(c.itemId, '|')[2];
