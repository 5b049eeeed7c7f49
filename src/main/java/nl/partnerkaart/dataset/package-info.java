/**
 * The shipped data set ({@code dataset/} in the repository): loaded through the import path into an empty
 * database at first start, never over existing data unless a reset is asked for; a data set that cannot be loaded
 * stops the start with its problems.
 */
package nl.partnerkaart.dataset;
