package nl.partnerkaart.reports;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import nl.partnerkaart.pdf.PdfCanvas;

/**
 * Draws a chart of a report as horizontal stacked bars with a legend, as vector graphics in the PDF, and says in
 * words what it shows (the figure's alternative text).
 */
final class PdfBars {

    private static final float BAR = 9;
    private static final float GAP = 4;
    private static final float LABEL_WIDTH = 190;
    private static final float LEGEND = 16;
    private static final float TEXT = 7;

    private PdfBars() {
    }

    static float height(Report.Chart chart) {
        return LEGEND + chart.categories().size() * (BAR + GAP) + 4;
    }

    /** "Title: category: series 3, series 0; category: ...", the numbers as {@code texts} writes them. */
    static String alternativeText(Report.Chart chart, ReportTexts texts) {
        List<String> bars = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            List<String> segments = new ArrayList<>();
            for (Report.Series series : chart.series()) {
                segments.add(series.label() + " " + texts.count(series.values().get(i)));
            }
            bars.add(chart.categories().get(i) + ": " + String.join(", ", segments));
        }
        return chart.title() + ". " + String.join("; ", bars) + ".";
    }

    static void draw(Report.Chart chart, PdfCanvas canvas, float width) {
        List<String> categories = chart.categories();
        float height = height(chart);
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
            canvas.text(fit(canvas, categories.get(i), LABEL_WIDTH - 6), 0, y + 2, TEXT, Color.BLACK);
            float x = LABEL_WIDTH;
            long total = 0;
            for (Report.Series series : chart.series()) {
                long value = series.values().get(i);
                float length = barSpace * value / max;
                if (length > 0) {
                    canvas.rectangle(x, y, length, BAR, Color.decode(series.color()));
                }
                x += length;
                total += value;
            }
            canvas.text(Long.toString(total), x + 3, y + 2, TEXT, Color.DARK_GRAY);
        }
        float x = LABEL_WIDTH;
        for (Report.Series series : chart.series()) {
            canvas.rectangle(x, height - 10, 8, 8, Color.decode(series.color()));
            canvas.text(series.label(), x + 11, height - 9, TEXT, Color.BLACK);
            x += 22 + canvas.textWidth(series.label(), TEXT);
        }
    }

    private static String fit(PdfCanvas canvas, String text, float width) {
        String fitted = text;
        while (fitted.length() > 3 && canvas.textWidth(fitted, TEXT) > width) {
            fitted = fitted.substring(0, fitted.length() - 2);
        }
        return fitted.equals(text) ? text : fitted + "…";
    }
}
