package nl.partnerkaart.reports;

import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.pdf.PdfStyle;
import nl.partnerkaart.pdf.PdfTable;
import nl.partnerkaart.pdf.TaggedPdf;

/**
 * A report as a tagged landscape A4 document: title, date and data origin on top, each chart as stacked bars with
 * its numbers as alternative text (see {@link PdfBars}), then the tables; illustrative rows carry a *, every page a
 * footer. The parts of a combined report follow on pages of their own, their title one heading level down.
 */
final class ReportPdf {

    private static final Color ILLUSTRATIVE_FILL = new Color(0xff, 0xf4, 0xd6);
    private static final PdfStyle BODY = PdfStyle.body(8.5f);
    private static final PdfStyle BOLD = PdfStyle.bold(8.5f);

    private final ReportTexts texts;
    private final LocalDate printedOn;

    ReportPdf(ReportTexts texts, LocalDate printedOn) {
        this.texts = texts;
        this.printedOn = printedOn;
    }

    byte[] render(Report report) {
        TaggedPdf pdf = new TaggedPdf(true, 36, 48, texts.lang(), report.title(),
                texts.get("footer", report.title(), printedOn));
        pdf.heading(1, report.title(), PdfStyle.TITLE);
        pdf.paragraph(report.description(), BODY);
        List<String> preamble = ReportCells.preamble(report, texts);
        pdf.paragraph(preamble.get(0), BOLD);
        preamble.subList(1, preamble.size()).forEach(line -> pdf.paragraph(line, PdfStyle.SMALL));
        pdf.paragraph(texts.get("queries", String.join(", ", report.queries())), PdfStyle.SMALL);
        for (Report section : report.sections()) {
            int level = 2;
            if (section != report) {
                pdf.newPage();
                pdf.heading(2, section.title(), PdfStyle.TITLE);
                pdf.paragraph(section.description(), BODY);
                level = 3;
            }
            for (Report.Chart chart : section.charts()) {
                if (chart.categories().isEmpty()) {
                    pdf.heading(level, chart.title(), PdfStyle.HEADING);
                    pdf.paragraph(texts.get("empty"), BODY);
                    continue;
                }
                float height = PdfBars.height(chart);
                pdf.needRoom(height + 40);
                pdf.heading(level, chart.title(), PdfStyle.HEADING);
                pdf.figure(PdfBars.alternativeText(chart, texts), height, canvas -> PdfBars.draw(chart, canvas, pdf.width()));
            }
            for (Report.Table table : section.tables()) {
                pdf.heading(level, table.title(), PdfStyle.HEADING);
                if (table.rows().size() < table.total()) {
                    pdf.paragraph(texts.get("firstRows", texts.count(table.rows().size()), texts.count(table.total())), PdfStyle.SMALL);
                }
                if (table.rows().isEmpty()) {
                    pdf.paragraph(table.empty(), BODY);
                } else {
                    pdf.table(table(table));
                }
            }
        }
        return pdf.toBytes();
    }

    private static PdfTable table(Report.Table table) {
        float[] widths = new float[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            String type = table.columns().get(c).type();
            widths[c] = type.equals("number") ? 1 : type.equals("list") ? 4 : 2.5f;
        }
        PdfTable pdf = new PdfTable(widths, BOLD, table.columns().stream().map(Report.Column::label).toList());
        for (Map<String, Object> row : table.rows()) {
            List<PdfTable.Cell> cells = ReportCells.values(table, row).stream()
                    .map(value -> new PdfTable.Cell(ReportCells.text(value), value instanceof Number)).toList();
            pdf.row(BODY, ReportCells.illustrative(row) ? ILLUSTRATIVE_FILL : null, cells);
        }
        return pdf;
    }
}
