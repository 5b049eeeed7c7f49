/**
 * The Cypher workbench: risk advisors run read-only Cypher against the graph ({@code POST /api/cypher}),
 * export result tables, use the shipped saved queries in {@code cypher/queries} and keep their own.
 * Every query passes several independent safety layers (see {@link nl.partnerkaart.cypher.ReadOnlyCypher}
 * and docs/cypher-workbench.md) and is audited. {@code AuditEntry} and {@code SavedQuery} nodes are internal:
 * not part of the public graph model, and never shown through the workbench.
 */
package nl.partnerkaart.cypher;
