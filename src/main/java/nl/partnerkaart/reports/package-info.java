/**
 * Strategic-agenda reports ({@code /api/reports/...}): covenant coverage, action items, exercises, networks,
 * partner profiles, a region profile, data quality and the national "state of vital partnerships".
 * <p>
 * Every figure comes from a documented Cypher file in {@code cypher/reports/} that {@link
 * nl.partnerkaart.reports.ReportCypher} runs unchanged; the builders only arrange the rows into a
 * {@link nl.partnerkaart.reports.Report} (tables, charts, the data origin), which the exports render as CSV,
 * XLSX or PDF. What each figure means: {@code docs/reports.md}.
 * Depends on model, audit, bookkeeping, database, pdf, spreadsheet and system.
 */
package nl.partnerkaart.reports;
