package nl.partnerkaart.cypher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.spreadsheet.SpreadsheetCsv;
import nl.partnerkaart.spreadsheet.SpreadsheetText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.json.JsonMapper;

/**
 * A result table as CSV (the application's one dialect, {@link SpreadsheetCsv}) or XLSX. Text that a spreadsheet
 * would take for a formula is neutralised ({@link SpreadsheetText}), so opening an export never runs anything.
 */
final class ResultExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultExport() {
    }

    static byte[] csv(CypherResult result) {
        return SpreadsheetCsv.bytes(csv -> {
            csv.row(result.columns());
            for (List<Object> row : result.rows()) {
                List<Object> cells = new ArrayList<>(row.size());
                row.forEach(value -> cells.add(value instanceof Number || value instanceof Boolean ? value : text(value)));
                csv.row(cells);
            }
        });
    }

    static byte[] xlsx(CypherResult result) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("result");
            Row header = sheet.createRow(0);
            for (int c = 0; c < result.columns().size(); c++) {
                header.createCell(c).setCellValue(SpreadsheetText.safe(result.columns().get(c)));
            }
            for (int r = 0; r < result.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = result.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    cell(row.createCell(c), values.get(c));
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value != null) {
            cell.setCellValue(SpreadsheetText.safe(text(value)));
        }
    }

    /** A cell's text: nodes by name and id, other structures as JSON. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> map && "node".equals(map.get("kind"))) {
            return map.get("name") + " (" + map.get("id") + ")";
        }
        if (value instanceof Map<?, ?> map && "path".equals(map.get("kind"))) {
            return String.valueOf(map.get("text"));
        }
        return value instanceof String text ? text : JSON.writeValueAsString(value);
    }
}
