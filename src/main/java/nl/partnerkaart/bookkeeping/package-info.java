/**
 * The application's own bookkeeping: accounts, the audit trail, saved queries, scenes and report schedules, in an
 * embedded H2 database of its own ({@code <data-directory>/bookkeeping}), tables made by the Flyway migrations in
 * {@code db/bookkeeping}. The Cypher workbench reads Neo4j only, so no query can reach this data. Each feature
 * keeps its own SQL; this package provides the store ({@link nl.partnerkaart.bookkeeping.BookkeepingStore}), the
 * one-time move of old-style nodes out of the graph ({@link nl.partnerkaart.bookkeeping.MovedOutOfGraph}); its
 * part of a backup is the backup package's.
 * Depends on database (the data directory) and system.
 */
package nl.partnerkaart.bookkeeping;
