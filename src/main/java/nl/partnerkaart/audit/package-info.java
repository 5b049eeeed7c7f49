/**
 * The audit trail: who did what, when, with what outcome. Entries are internal {@code AuditEntry} nodes
 * (not part of the public graph model) and log lines; admins read and export them.
 */
package nl.partnerkaart.audit;
