package nl.partnerkaart.importer;

import java.util.List;
import java.util.Map;

/**
 * A table as read from a file, before validation.
 *
 * @param file where it came from (file name, or workbook and sheet), used in error messages
 * @param kind the kind it holds, by name
 */
public record RawTable(String file, String kind, List<String> header, List<Row> rows) {

    /** One row; {@code line} is the line (CSV) or row number (sheet) a person sees in their editor. */
    public record Row(long line, Map<String, String> cells) {
    }
}
