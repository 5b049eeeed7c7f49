package nl.partnerkaart.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.partnerkaart.spreadsheet.SpreadsheetCsv;
import nl.partnerkaart.spreadsheet.SpreadsheetText;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables in the import layout, as the importer reads them back: CSV (the application's one dialect,
 * {@link SpreadsheetCsv}), a ZIP of such files, or one XLSX workbook with a sheet per kind. Every cell is
 * spreadsheet-safe ({@link SpreadsheetText}); the importer undoes that ({@link FormulaCells}).
 */
public final class TableFiles {

    private TableFiles() {
    }

    public static byte[] csv(RawTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeCsv(table, out);
        return out.toByteArray();
    }

    public static byte[] zipOfCsv(List<RawTable> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (RawTable table : tables) {
                zip.putNextEntry(new ZipEntry(table.kind() + ".csv"));
                writeCsv(table, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(List<RawTable> tables) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            for (RawTable table : tables) {
                Sheet sheet = workbook.createSheet(table.kind());
                Row header = sheet.createRow(0);
                for (int i = 0; i < table.header().size(); i++) {
                    header.createCell(i).setCellValue(table.header().get(i));
                    header.getCell(i).setCellStyle(headerStyle);
                }
                sheet.createFreezePane(0, 1);
                int line = 1;
                for (RawTable.Row row : table.rows()) {
                    Row cells = sheet.createRow(line++);
                    for (int i = 0; i < table.header().size(); i++) {
                        String text = row.cells().getOrDefault(table.header().get(i), "");
                        if (!text.isEmpty()) {
                            cells.createCell(i).setCellValue(SpreadsheetText.safe(text));
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCsv(RawTable table, java.io.OutputStream out) {
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out)) {
            csv.row(table.header());
            for (RawTable.Row row : table.rows()) {
                csv.row(table.header().stream().map(column -> row.cells().getOrDefault(column, "")).toList());
            }
        }
    }
}
