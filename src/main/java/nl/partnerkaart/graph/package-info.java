/**
 * The shape every graph answer of the API shares ({@code {nodes, edges, truncated}}) and the conversion
 * of driver nodes and relationships into it. Ids are business keys, never Neo4j's internal ids.
 * Depends on no other package.
 */
package nl.partnerkaart.graph;
