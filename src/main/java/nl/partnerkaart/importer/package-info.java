/**
 * Import of tables (CSV now, XLSX sheets later) in the layout of {@code docs/data-format.md}: every row
 * of every table is validated first, then everything is written in one transaction, or nothing. The
 * shipped data set is loaded through this same path.
 */
package nl.partnerkaart.importer;
