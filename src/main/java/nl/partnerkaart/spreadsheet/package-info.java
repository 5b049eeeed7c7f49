/**
 * Files that people open in a spreadsheet: the one CSV dialect of every download ({@link SpreadsheetCsv}) and the
 * rule that keeps text from becoming a formula ({@link SpreadsheetText}), also for XLSX cells, and
 * {@code POST /api/csv} for rows only the browser holds (the explorer's selection). Depends on no other feature
 * (only {@code system} for errors), so every feature (reports, workbench, audit, import and export) can use it.
 */
package nl.partnerkaart.spreadsheet;
