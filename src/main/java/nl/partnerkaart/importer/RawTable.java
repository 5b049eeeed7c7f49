package nl.partnerkaart.importer;

import java.util.List;
import java.util.Map;

/**
 * A table as read from a file, before validation.
 *
 * @param file the file it came from, used in error messages
 * @param sheet the sheet of a workbook, null for a CSV file
 * @param kind the kind it holds, by name
 */
public record RawTable(String file, String sheet, String kind, List<String> header, List<Row> rows) {

    /** One row; {@code line} is the line (CSV) or row number (sheet) a person sees in their editor. */
    public record Row(long line, Map<String, String> cells) {
    }

    /** File and sheet in one text, unique within an import. */
    public String place() {
        return sheet == null ? file : file + " › " + sheet;
    }
}
