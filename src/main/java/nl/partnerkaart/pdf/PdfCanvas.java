package nl.partnerkaart.pdf;

import java.awt.Color;

/** Where a figure of a {@link TaggedPdf} draws, in points from the figure's lower left corner. */
public interface PdfCanvas {

    void rectangle(float x, float y, float width, float height, Color fill);

    void text(String text, float x, float y, float size, Color color);

    float textWidth(String text, float size);
}
