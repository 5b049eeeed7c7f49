/**
 * Partnerkaart: the partner networks of the Dutch safety regions as a Neo4j graph.
 * <p>
 * One sub-package per feature; {@code system} holds what cuts across (errors, OpenAPI, web),
 * {@code database} the embedded Neo4j and the schema migrations.
 */
package nl.partnerkaart;
