/**
 * The database: an embedded Neo4j 5.26 with Bolt (the default) or an external server when
 * {@code spring.neo4j.uri} is set, and the versioned schema migrations in {@code cypher/migrations}; a clear message
 * when the start fails on a data directory in use or a changed migration.
 * Offers {@link nl.partnerkaart.database.SchemaMigrations}, on which whatever touches the graph at start waits.
 * Depends on system only.
 */
package nl.partnerkaart.database;
