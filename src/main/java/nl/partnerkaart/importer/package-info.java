/**
 * Import of tables (CSV, XLSX sheets, ZIPs of them) in the layout of {@code docs/data-format.md}: every row
 * of every table is validated first, then everything is written, or nothing: a person's import in committed
 * batches with a journal, undone from its Change nodes when it fails or was cut off (at the next start), the
 * shipped data set (loaded through this same path) and dry runs in one transaction.
 * Offers {@code Importer}, {@code CsvTables}/{@code RawTable}, {@code ImportReport} and {@code RowValidation} (a form
 * save validated as an import row). Depends on model, history (which writes and reverses its Change nodes),
 * audit, database, disk, security, spreadsheet and system.
 */
package nl.partnerkaart.importer;
