/**
 * The Cypher workbench: risk advisors run read-only Cypher against the graph ({@code POST /api/cypher}),
 * export result tables, use the shipped saved queries in {@code cypher/queries} and keep their own.
 * Every query passes several independent safety layers (see {@link nl.partnerkaart.cypher.ReadOnlyCypher}
 * and docs/cypher-workbench.md) and is audited. Accounts, the audit trail and saved queries live in the
 * bookkeeping store, not in the graph, so no workbench query can reach them.
 * Depends on audit, bookkeeping, graph, spreadsheet and system.
 */
package nl.partnerkaart.cypher;
