/**
 * The disk under the embedded database, and the database's own health: work that would not fit is refused, the
 * application turns read-only before the disk is full, and a database that stopped after a critical error (a
 * Neo4j panic, e.g. a write that failed on a full disk) is reported as DOWN and named in every failing answer.
 * Every write request and import also passes the {@link nl.partnerkaart.disk.WriteGate}, which a backup closes
 * while it reads. Public: {@link nl.partnerkaart.disk.DiskGuard} (asked before large work),
 * {@link nl.partnerkaart.disk.DiskSpaceException} and {@link nl.partnerkaart.disk.WriteGate}.
 * Depends on database and system.
 */
package nl.partnerkaart.disk;
