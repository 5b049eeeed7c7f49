package nl.partnerkaart.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table for {@link TaggedPdf#table}: relative column widths, one header row (tagged as TH cells with column scope,
 * repeated on every page it runs onto) and rows of text cells.
 */
public final class PdfTable {

    /** A cell's text, right-aligned for numbers. */
    public record Cell(String text, boolean right) {
    }

    record Row(PdfStyle style, Color fill, List<Cell> cells) {
    }

    final float[] widths;
    final Row header;
    final List<Row> rows = new ArrayList<>();

    public PdfTable(float[] widths, PdfStyle style, List<String> headers) {
        if (headers.size() != widths.length) {
            throw new IllegalArgumentException(headers.size() + " headers for " + widths.length + " columns");
        }
        this.widths = widths.clone();
        header = new Row(style, PdfStyle.HEADER_FILL, headers.stream().map(h -> new Cell(h, false)).toList());
    }

    public void row(PdfStyle style, String... texts) {
        row(style, null, Arrays.stream(texts).map(t -> new Cell(t, false)).toList());
    }

    /** A row of cells; {@code fill} (or null) colours its background. */
    public void row(PdfStyle style, Color fill, List<Cell> cells) {
        if (cells.size() != widths.length) {
            throw new IllegalArgumentException(cells.size() + " cells for " + widths.length + " columns");
        }
        rows.add(new Row(style, fill, List.copyOf(cells)));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
