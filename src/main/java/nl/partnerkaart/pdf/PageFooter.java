package nl.partnerkaart.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** A line at the foot of every page: a prefix (what the document is, when it was made) and the page number. */
public final class PageFooter extends PdfPageEventHelper {

    private static final float BASELINE = 24;

    private final String prefix;

    public PageFooter(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                new Phrase(prefix + writer.getPageNumber(), PdfStyle.SMALL), (document.left() + document.right()) / 2,
                BASELINE, 0);
    }
}
