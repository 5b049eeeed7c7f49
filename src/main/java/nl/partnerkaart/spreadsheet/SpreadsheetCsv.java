package nl.partnerkaart.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV writer of the application, for every download (reports, workbench results, audit trail, knowledge base
 * export and import templates): UTF-8 with a byte-order mark (so Excel reads UTF-8), cells separated by {@code ;} as
 * Dutch Excel expects, every cell between double quotes (RFC 4180 quoting, so a {@code ;}, {@code ,}, quote, line
 * break or surrounding space stays inside its cell), lines ended by CRLF, and every text cell
 * {@linkplain SpreadsheetText#safe spreadsheet-safe}. Numbers and booleans are written as they are.
 */
public final class SpreadsheetCsv implements Closeable {

    public static final char DELIMITER = ';';
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(DELIMITER)
            .setQuoteMode(QuoteMode.ALL).get();

    private final CSVPrinter printer;

    /** Starts a file on {@code out} with the byte-order mark; {@link #close} flushes without closing {@code out}. */
    public SpreadsheetCsv(OutputStream out) {
        try {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(writer, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole file in memory. */
    public static byte[] bytes(Consumer<SpreadsheetCsv> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SpreadsheetCsv csv = new SpreadsheetCsv(bytes)) {
            content.accept(csv);
        }
        return bytes.toByteArray();
    }

    public void row(Object... cells) {
        row(Arrays.asList(cells));
    }

    /** One line; null is an empty cell, numbers and booleans stay values, everything else is safe text. */
    public void row(List<?> cells) {
        List<Object> safe = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            safe.add(cell == null || cell instanceof Number || cell instanceof Boolean ? cell
                    : SpreadsheetText.safe(cell.toString()));
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void emptyLine() {
        try {
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
