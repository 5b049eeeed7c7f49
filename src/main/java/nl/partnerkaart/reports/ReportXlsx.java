package nl.partnerkaart.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.partnerkaart.spreadsheet.SpreadsheetText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report as a workbook: a sheet with title and data origin, then one sheet per table with filters. Written as a
 * stream (rows go to a temporary file as they are made): a national table of 300,000 names took a second in memory.
 */
final class ReportXlsx {

    private ReportXlsx() {
    }

    static byte[] render(Report report, ReportTexts texts) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            Sheet about = workbook.createSheet(WorkbookUtil.createSafeSheetName(texts.get("sheet.about")));
            int line = 0;
            text(about.createRow(line++).createCell(0), report.title()).setCellStyle(bold);
            text(about.createRow(line++).createCell(0), report.description());
            for (String preamble : ReportCells.preamble(report, texts)) {
                text(about.createRow(line++).createCell(0), preamble);
            }
            text(about.createRow(line++).createCell(0), texts.get("queries", String.join(", ", report.queries())));
            about.setColumnWidth(0, 120 * 256);

            // Set on every data cell: a cell without a style looks up its column's default style while the row is
            // written, a search through the sheet's column definitions that took a quarter of a 225,000-row export.
            CellStyle plain = workbook.getCellStyleAt(0);
            Set<String> names = new HashSet<>();
            List<Report.Table> tables = report.sections().stream().flatMap(r -> r.tables().stream()).toList();
            for (Report.Table table : tables) {
                Sheet sheet = workbook.createSheet(sheetName(table.title(), names));
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.columns().size(); c++) {
                    text(head.createCell(c), table.columns().get(c).label()).setCellStyle(header);
                    sheet.setColumnWidth(c, (table.columns().get(c).type().equals("number") ? 14 : 36) * 256);
                }
                int r = 1;
                for (var row : table.rows()) {
                    Row sheetRow = sheet.createRow(r++);
                    List<Object> values = ReportCells.values(table, row);
                    for (int c = 0; c < values.size(); c++) {
                        Cell cell = sheetRow.createCell(c);
                        cell.setCellStyle(plain);
                        if (values.get(c) instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else {
                            text(cell, (String) values.get(c));
                        }
                    }
                }
                if (table.rows().isEmpty()) {
                    text(sheet.createRow(1).createCell(0), table.empty());
                } else {
                    sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, table.columns().size() - 1));
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cell text(Cell cell, String value) {
        cell.setCellValue(SpreadsheetText.safe(value));
        return cell;
    }

    /** Sheet names are at most 31 characters and unique in a workbook. */
    private static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            String suffix = " " + n;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
