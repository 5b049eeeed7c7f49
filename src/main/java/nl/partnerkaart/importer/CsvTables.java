package nl.partnerkaart.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file (UTF-8, {@code ,} or {@code ;}) into a {@link RawTable}; the file name names the kind. */
public final class CsvTables {

    private CsvTables() {
    }

    /**
     * @param fileName e.g. {@code partners.csv}; the part before {@code .csv} is the kind unless {@code kind} is given
     */
    public static RawTable read(String fileName, String kind, InputStream in) {
        String text = TextEncoding.decodeUtf8(fileName, in);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String kindName = kind != null ? kind : fileName.replaceFirst("(?i)\\.csv$", "").replaceFirst(".*/", "");
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator(text))
                .setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            List<RawTable.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i).strip());
                }
                if (record.size() > header.size()) {
                    throw new InvalidImportException(fileName, parser.getCurrentLineNumber(), "import.cellsBeyondHeader",
                            record.size(), header.size());
                }
                rows.add(new RawTable.Row(parser.getCurrentLineNumber(), cells));
            }
            return new RawTable(fileName, null, kindName, header, rows);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidImportException(fileName, null, "import.notCsv", e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw new InvalidImportException(fileName, null, "import.notCsv", e.getCause().getMessage());
        }
    }

    /** The separator is whichever of {@code ;} and {@code ,} the header line uses more. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String headerLine = end < 0 ? text : text.substring(0, end);
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
