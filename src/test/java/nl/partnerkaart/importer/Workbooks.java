package nl.partnerkaart.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real XLSX and ZIP files for tests, built with POI the way a spreadsheet program would save them. */
final class Workbooks {

    private Workbooks() {
    }

    /** Sheets by name; each a list of rows, the first the header. A cell starting with {@code =} becomes a formula. */
    static byte[] xlsx(Map<String, List<List<Object>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value instanceof Boolean bool) {
                            row.createCell(c).setCellValue(bool);
                        } else if (value instanceof String text && text.startsWith("=")) {
                            row.createCell(c).setCellFormula(text.substring(1));
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, List<List<Object>>> sheets(Object... nameAndRows) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        for (int i = 0; i < nameAndRows.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<List<Object>> rows = (List<List<Object>>) nameAndRows[i + 1];
            sheets.put((String) nameAndRows[i], rows);
        }
        return sheets;
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The files of a ZIP by name. */
    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
