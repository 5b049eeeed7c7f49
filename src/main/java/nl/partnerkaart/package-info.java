/**
 * Partnerkaart: the partner networks of the Dutch safety regions as a Neo4j graph.
 * <p>
 * One sub-package per feature; {@code model} holds the graph model every feature rests on, {@code system} what cuts
 * across (errors, OpenAPI, web), {@code database} the embedded Neo4j and the schema migrations. What may depend on
 * what: docs/architecture.md, guarded by PackageStructureTests.
 */
package nl.partnerkaart;
