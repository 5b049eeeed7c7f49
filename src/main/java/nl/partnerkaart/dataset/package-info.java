/**
 * The shipped data set ({@code dataset/} in the repository): loaded through the import path into an empty
 * database at first start, never over existing data unless a reset is asked for; a data set that cannot be loaded
 * stops the start with its problems.
 * Offers the shipped set and reference updates to the generator. Depends on importer (it loads through it), model,
 * history, audit, security, database and system.
 */
package nl.partnerkaart.dataset;
