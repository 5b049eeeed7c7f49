package nl.partnerkaart.reports;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/** Draws a chart of a report as horizontal stacked bars with a legend, as vector graphics in the PDF. */
final class PdfBars {

    private static final float BAR = 9;
    private static final float GAP = 4;
    private static final float LABEL_WIDTH = 190;
    private static final float LEGEND = 16;
    private static final float TEXT = 7;

    private final PdfWriter writer;
    private final BaseFont font = ReportPdf.BODY.getCalculatedBaseFont(false);

    PdfBars(PdfWriter writer) {
        this.writer = writer;
    }

    Image draw(Report.Chart chart, float width) {
        List<String> categories = chart.categories();
        float height = LEGEND + categories.size() * (BAR + GAP) + 4;
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
        long max = 1;
        for (int i = 0; i < categories.size(); i++) {
            long total = 0;
            for (Report.Series series : chart.series()) {
                total += series.values().get(i);
            }
            max = Math.max(max, total);
        }
        float barSpace = width - LABEL_WIDTH - 40;
        for (int i = 0; i < categories.size(); i++) {
            float y = height - LEGEND - (i + 1) * (BAR + GAP);
            text(canvas, fit(categories.get(i), LABEL_WIDTH - 6), 0, y + 2, Color.BLACK);
            float x = LABEL_WIDTH;
            long total = 0;
            for (Report.Series series : chart.series()) {
                long value = series.values().get(i);
                float length = barSpace * value / max;
                if (length > 0) {
                    canvas.setColorFill(Color.decode(series.color()));
                    canvas.rectangle(x, y, length, BAR);
                    canvas.fill();
                }
                x += length;
                total += value;
            }
            text(canvas, Long.toString(total), x + 3, y + 2, Color.DARK_GRAY);
        }
        float x = LABEL_WIDTH;
        for (Report.Series series : chart.series()) {
            canvas.setColorFill(Color.decode(series.color()));
            canvas.rectangle(x, height - 10, 8, 8);
            canvas.fill();
            text(canvas, series.label(), x + 11, height - 9, Color.BLACK);
            x += 22 + font.getWidthPoint(series.label(), TEXT);
        }
        Image image = Image.getInstance(canvas);
        image.setSpacingBefore(2);
        return image;
    }

    private void text(PdfContentByte canvas, String text, float x, float y, Color color) {
        canvas.beginText();
        canvas.setFontAndSize(font, TEXT);
        canvas.setColorFill(color);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    private String fit(String text, float width) {
        String fitted = text;
        while (fitted.length() > 3 && font.getWidthPoint(fitted, TEXT) > width) {
            fitted = fitted.substring(0, fitted.length() - 2);
        }
        return fitted.equals(text) ? text : fitted + "…";
    }
}
