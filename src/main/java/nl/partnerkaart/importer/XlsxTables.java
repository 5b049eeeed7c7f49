package nl.partnerkaart.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.system.Message;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an XLSX workbook with one sheet per kind (the sheet name is the kind name, the first row the header)
 * into {@link RawTable}s. Cells become the same text a CSV file would hold; formula cells are refused.
 */
public final class XlsxTables {

    private XlsxTables() {
    }

    public static List<RawTable> read(String fileName, InputStream in) {
        List<ImportProblem> problems = new ArrayList<>();
        List<RawTable> tables = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                tables.add(table(fileName, sheet, problems));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidImportException invalid) {
                throw invalid;
            }
            throw new InvalidImportException(fileName, null, "import.notXlsx", e.getClass().getSimpleName());
        }
        if (!problems.isEmpty()) {
            throw new InvalidImportException(problems);
        }
        return tables;
    }

    private static RawTable table(String fileName, Sheet sheet, List<ImportProblem> problems) {
        String sheetName = sheet.getSheetName();
        Row headerRow = sheet.getRow(sheet.getFirstRowNum());
        List<String> header = new ArrayList<>();
        if (headerRow != null) {
            for (int i = 0; i < headerRow.getLastCellNum(); i++) {
                header.add(text(fileName, sheetName, headerRow.getCell(i), problems).strip());
            }
            while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                header.remove(header.size() - 1);
            }
        }
        List<RawTable.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row == headerRow) {
                continue;
            }
            long line = row.getRowNum() + 1L;
            Map<String, String> cells = new LinkedHashMap<>();
            boolean empty = true;
            for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                String text = text(fileName, sheetName, row.getCell(i), problems).strip();
                if (text.isEmpty()) {
                    continue;
                }
                empty = false;
                if (i >= header.size()) {
                    problems.add(new ImportProblem(fileName, sheetName, line, null,
                            Message.of("import.valueBeyondHeader", i + 1, header.size())));
                } else {
                    cells.put(header.get(i), text);
                }
            }
            if (!empty) {
                rows.add(new RawTable.Row(line, cells));
            }
        }
        return new RawTable(fileName, sheetName, sheetName, header, rows);
    }

    private static String text(String fileName, String sheetName, Cell cell, List<ImportProblem> problems) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> {
                problems.add(new ImportProblem(fileName, sheetName, cell.getRowIndex() + 1L, columnName(cell),
                        Message.of("import.formulaCell", FormulaCells.shortened(cell.getCellFormula()))));
                yield "";
            }
            case ERROR -> {
                problems.add(new ImportProblem(fileName, sheetName, cell.getRowIndex() + 1L, columnName(cell),
                        Message.of("import.errorCell")));
                yield "";
            }
            default -> "";
        };
    }

    /** The header text of the cell's column when there is one, else the spreadsheet letter. */
    private static String columnName(Cell cell) {
        Row header = cell.getSheet().getRow(cell.getSheet().getFirstRowNum());
        Cell title = header == null || header == cell.getRow() ? null : header.getCell(cell.getColumnIndex());
        return title != null && title.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                ? title.getStringCellValue().strip()
                : org.apache.poi.ss.util.CellReference.convertNumToColString(cell.getColumnIndex());
    }
}
