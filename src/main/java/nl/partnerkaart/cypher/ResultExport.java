package nl.partnerkaart.cypher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.json.JsonMapper;

/**
 * A result table as CSV (UTF-8 with a byte-order mark, so Excel reads it as UTF-8) or XLSX. Text that a
 * spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return at
 * the start) gets a leading {@code '}, so opening an export never runs anything.
 */
final class ResultExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultExport() {
    }

    static byte[] csv(CypherResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            printer.printRecord(result.columns().stream().map(ResultExport::neutralised).toList());
            for (List<Object> row : result.rows()) {
                List<Object> cells = new ArrayList<>(row.size());
                row.forEach(value -> cells.add(value instanceof Number || value instanceof Boolean ? value : text(value)));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(CypherResult result) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("result");
            Row header = sheet.createRow(0);
            for (int c = 0; c < result.columns().size(); c++) {
                header.createCell(c).setCellValue(neutralised(result.columns().get(c)));
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
            cell.setCellValue(text(value));
        }
    }

    /** A cell's text: nodes by name and id, other structures as JSON, everything safe from formula injection. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> map && "node".equals(map.get("kind"))) {
            return neutralised(map.get("name") + " (" + map.get("id") + ")");
        }
        if (value instanceof Map<?, ?> map && "path".equals(map.get("kind"))) {
            return neutralised(String.valueOf(map.get("text")));
        }
        return neutralised(value instanceof String text ? text : JSON.writeValueAsString(value));
    }

    static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
