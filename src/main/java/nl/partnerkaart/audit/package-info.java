/**
 * The audit trail: who did what, when, with what outcome. Entries are rows of the bookkeeping store
 * (out of reach of the workbench's Cypher) and log lines; admins read and export them.
 */
package nl.partnerkaart.audit;
