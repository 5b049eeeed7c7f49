package nl.partnerkaart.reports;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import nl.partnerkaart.pdf.PageFooter;
import nl.partnerkaart.pdf.PdfStyle;

/**
 * A report as a landscape A4 document: title, date and data origin on top, each chart as stacked bars
 * (see {@link PdfBars}), then the tables; illustrative rows carry a *, every page a footer.
 */
final class ReportPdf {

    private static final Color ILLUSTRATIVE_FILL = new Color(0xff, 0xf4, 0xd6);
    static final Font BODY = PdfStyle.font(8.5f, Font.NORMAL, Color.BLACK);
    private static final Font BOLD = PdfStyle.font(8.5f, Font.BOLD, Color.BLACK);

    private final ReportTexts texts;
    private final LocalDate printedOn;

    ReportPdf(ReportTexts texts, LocalDate printedOn) {
        this.texts = texts;
        this.printedOn = printedOn;
    }

    byte[] render(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFooter(texts.get("footer", report.title(), printedOn)));
        document.addTitle(report.title());
        document.addCreator("Partnerkaart");
        document.open();
        document.add(new Paragraph(report.title(), PdfStyle.TITLE));
        document.add(new Paragraph(report.description(), BODY));
        List<String> preamble = ReportCells.preamble(report, texts);
        document.add(new Paragraph(preamble.get(0), BOLD));
        preamble.subList(1, preamble.size()).forEach(line -> document.add(new Paragraph(line, PdfStyle.SMALL)));
        document.add(new Paragraph(texts.get("queries", String.join(", ", report.queries())), PdfStyle.SMALL));
        PdfBars bars = new PdfBars(writer);
        for (Report section : report.sections()) {
            if (section != report) {
                document.newPage();
                document.add(new Paragraph(section.title(), PdfStyle.TITLE));
                document.add(new Paragraph(section.description(), BODY));
            }
            for (Report.Chart chart : section.charts()) {
                Image image = chart.categories().isEmpty() ? null : bars.draw(chart, document.right() - document.left());
                if (image != null && writer.getVerticalPosition(true) - document.bottom() < image.getScaledHeight() + 40) {
                    document.newPage();
                }
                heading(document, chart.title());
                document.add(image == null ? new Paragraph(texts.get("empty"), BODY) : image);
            }
            for (Report.Table table : section.tables()) {
                heading(document, table.title());
                if (table.rows().size() < table.total()) {
                    document.add(new Paragraph(texts.get("firstRows", texts.count(table.rows().size()), texts.count(table.total())), PdfStyle.SMALL));
                }
                document.add(table.rows().isEmpty() ? new Paragraph(table.empty(), BODY) : table(table));
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, PdfStyle.HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(Report.Table table) {
        float[] widths = new float[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            String type = table.columns().get(c).type();
            widths[c] = type.equals("number") ? 1 : type.equals("list") ? 4 : 2.5f;
        }
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        for (Report.Column column : table.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(column.label(), BOLD));
            cell.setBackgroundColor(PdfStyle.HEADER_FILL);
            pdf.addCell(cell);
        }
        for (Map<String, Object> row : table.rows()) {
            List<Object> values = ReportCells.values(table, row);
            for (int c = 0; c < values.size(); c++) {
                PdfPCell cell = new PdfPCell(new Phrase(ReportCells.text(values.get(c)), BODY));
                cell.setPadding(3);
                if (values.get(c) instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                if (ReportCells.illustrative(row)) {
                    cell.setBackgroundColor(ILLUSTRATIVE_FILL);
                }
                pdf.addCell(cell);
            }
        }
        return pdf;
    }
}
