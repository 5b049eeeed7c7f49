package nl.partnerkaart.pdf;

import java.awt.Color;

/** A text style of Partnerkaart's PDFs (briefings, reports): weight, size and colour of the embedded font. */
public record PdfStyle(boolean bold, float size, Color color) {

    public static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
    public static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf4);
    public static final PdfStyle TITLE = new PdfStyle(true, 18, ACCENT);
    public static final PdfStyle HEADING = new PdfStyle(true, 12, ACCENT);
    public static final PdfStyle SMALL = new PdfStyle(false, 7.5f, Color.DARK_GRAY);

    public static PdfStyle body(float size) {
        return new PdfStyle(false, size, Color.BLACK);
    }

    public static PdfStyle bold(float size) {
        return new PdfStyle(true, size, Color.BLACK);
    }

    float leading() {
        return size * 1.3f;
    }
}
