package nl.partnerkaart.pdf;

import java.awt.Color;

import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.pdf.BaseFont;

/** The one look of Partnerkaart's PDFs (briefings, reports): colours and the standard fonts, never embedded. */
public final class PdfStyle {

    public static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
    public static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf4);
    public static final Font TITLE = font(18, Font.BOLD, ACCENT);
    public static final Font HEADING = font(12, Font.BOLD, ACCENT);
    public static final Font SMALL = font(7.5f, Font.ITALIC, Color.DARK_GRAY);

    private PdfStyle() {
    }

    public static Font font(float size, int style, Color color) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style, color);
    }
}
