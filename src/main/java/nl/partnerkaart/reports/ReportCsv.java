package nl.partnerkaart.reports;

import java.util.Locale;
import java.util.Map;

import nl.partnerkaart.spreadsheet.SpreadsheetCsv;

/** A report as one CSV file of the application's dialect: the title and data origin first, then each table under its title. */
final class ReportCsv {

    private ReportCsv() {
    }

    static byte[] render(Report report, ReportTexts texts) {
        return SpreadsheetCsv.bytes(csv -> {
            csv.row(report.title());
            for (String line : ReportCells.preamble(report, texts)) {
                csv.row(line);
            }
            for (Report section : report.sections()) {
                if (section != report) {
                    csv.emptyLine();
                    csv.row(section.title().toUpperCase(Locale.ROOT));
                }
                tables(csv, section);
            }
        });
    }

    private static void tables(SpreadsheetCsv csv, Report section) {
        for (Report.Table table : section.tables()) {
            csv.emptyLine();
            csv.row(table.title());
            csv.row(table.columns().stream().map(Report.Column::label).toList());
            for (Map<String, Object> row : table.rows()) {
                csv.row(ReportCells.values(table, row));
            }
            if (table.rows().isEmpty()) {
                csv.row(table.empty());
            }
        }
    }
}
