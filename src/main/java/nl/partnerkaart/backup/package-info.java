/**
 * Backups and restore of everything Partnerkaart keeps. Public: {@link nl.partnerkaart.backup.BackupPart},
 * which each store implements.
 */
package nl.partnerkaart.backup;
