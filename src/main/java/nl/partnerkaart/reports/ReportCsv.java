package nl.partnerkaart.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.partnerkaart.audit.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as one CSV file (UTF-8 with a byte-order mark, so Excel reads it as UTF-8): the title and data
 * origin first, then each table under its title. Text is made safe from formula injection.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static byte[] render(Report report, ReportTexts texts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            csv.printRecord(safe(report.title()));
            for (String line : ReportCells.preamble(report, texts)) {
                csv.printRecord(safe(line));
            }
            for (Report section : report.sections()) {
                if (section != report) {
                    csv.println();
                    csv.printRecord(safe(section.title().toUpperCase(Locale.ROOT)));
                }
                tables(csv, section);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void tables(CSVPrinter csv, Report section) throws IOException {
        for (Report.Table table : section.tables()) {
            csv.println();
            csv.printRecord(safe(table.title()));
            csv.printRecord(table.columns().stream().map(c -> safe(c.label())).toList());
            for (Map<String, Object> row : table.rows()) {
                List<Object> values = ReportCells.values(table, row);
                csv.printRecord(values.stream().map(v -> v instanceof Number ? v : safe((String) v)).toList());
            }
            if (table.rows().isEmpty()) {
                csv.printRecord(safe(table.empty()));
            }
        }
    }

    private static String safe(String text) {
        return SpreadsheetSafe.text(text);
    }
}
