/**
 * Backups and restore of everything Partnerkaart keeps: one {@link nl.partnerkaart.backup.BackupPart} per store,
 * the knowledge graph's and the bookkeeping store's, both here, so the stores know nothing of backups.
 * Offers endpoints and a schedule, nothing to other features. Depends on audit, bookkeeping, database, disk and system.
 */
package nl.partnerkaart.backup;
