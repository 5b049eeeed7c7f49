/**
 * Files that people open in a spreadsheet: the one CSV dialect of every download ({@link SpreadsheetCsv}) and the
 * rule that keeps text from becoming a formula ({@link SpreadsheetText}), also for XLSX cells. Depends on no other
 * feature, so every feature (reports, workbench, audit, import and export) can use it.
 */
package nl.partnerkaart.spreadsheet;
