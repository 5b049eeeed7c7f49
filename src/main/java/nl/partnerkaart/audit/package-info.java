/**
 * The audit trail: who did what, when, with what outcome. Entries are rows of the bookkeeping store
 * (out of reach of the workbench's Cypher) and log lines; admins read and export them.
 * Offers {@link nl.partnerkaart.audit.AuditLog} to every feature that acts for a person. Depends on bookkeeping,
 * spreadsheet (the CSV export) and system.
 */
package nl.partnerkaart.audit;
