package nl.partnerkaart.cascade;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import nl.partnerkaart.cascade.Briefing.ApplicableCovenant;
import nl.partnerkaart.cascade.Briefing.Consequence;
import nl.partnerkaart.cascade.Briefing.Gap;
import nl.partnerkaart.cascade.Briefing.PartnerToAlert;
import nl.partnerkaart.cascade.Briefing.Person;
import nl.partnerkaart.pdf.PageFooter;
import nl.partnerkaart.pdf.PdfStyle;

/** The briefing as a printable A4 document, in Dutch or English; illustrative items carry a *. */
final class BriefingPdf {

    private static final Font BODY = PdfStyle.font(9, Font.NORMAL, Color.BLACK);
    private static final Font BOLD = PdfStyle.font(9, Font.BOLD, Color.BLACK);

    private final ResourceBundle texts;
    private final DecimalFormat hours = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));

    BriefingPdf(String lang) {
        texts = ResourceBundle.getBundle("cascade.briefing", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    byte[] render(Briefing b, LocalDate madeOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFooter(text("footer", b.region().name(), "")));
        document.addTitle(text("title", b.region().name()));
        document.addCreator("Partnerkaart");
        document.open();
        document.add(new Paragraph(text("title", b.region().name()) + mark(b.region().origin()), PdfStyle.TITLE));
        document.add(new Paragraph(text("subtitle", b.incidentType().name(), b.incidentType().id(),
                hours.format(b.hours())), BOLD));
        document.add(new Paragraph(text("scenario", b.area().isEmpty() ? text("everywhere") : String.join(", ", b.area()),
                b.duration() == null ? text("lasting") : text("hours", hours.format(b.duration()))), BOLD));
        if (b.recoveredAt() != null) {
            document.add(new Paragraph(text("recovery", hours.format(b.recoveredAt())), BODY));
        }
        document.add(new Paragraph(text("dates", b.asOf(), madeOn), BODY));
        document.add(new Paragraph(text("origin"), PdfStyle.SMALL));
        if (b.containsIllustrativeData()) {
            document.add(new Paragraph(text("illustrative"), PdfStyle.SMALL));
        }
        if (b.truncated()) {
            document.add(new Paragraph(text("truncated"), BOLD));
        }
        heading(document, "disrupted");
        document.add(new Paragraph(b.disrupted().isEmpty() ? text("none") : String.join(", ", b.disrupted()), BODY));

        heading(document, "timeline");
        PdfPTable timeline = table(new float[] {1, 6, 2.5f, 5}, "col.hour", "col.what", "col.kind", "col.via");
        for (Briefing.Step step : b.timeline()) {
            for (Consequence c : step.consequences()) {
                cells(timeline, hours.format(step.hour()), c.name() + mark(c.origin()), text("kind." + c.kind()),
                        String.join(" > ", c.chain()));
            }
        }
        addOrNone(document, timeline, b.timeline().isEmpty());

        heading(document, "regionsHit");
        document.add(new Paragraph(b.regionsHit().isEmpty() ? text("none") : b.regionsHit().stream()
                .map(r -> text("regionAt", r.name(), hours.format(r.hour()))).collect(Collectors.joining(", ")), BODY));

        heading(document, "partners");
        PdfPTable partners = table(new float[] {5, 2.5f, 2.5f, 1.8f, 4}, "col.partner", "col.role", "col.involvement",
                "col.covenant", "col.holder");
        for (PartnerToAlert p : b.partners()) {
            cells(partners, p.name() + mark(p.origin()), p.role() == null ? "" : text("role." + p.role()),
                    p.involvement().stream().map(i -> text("involvement." + i)).collect(Collectors.joining(", ")),
                    text(p.activeCovenant() ? "yes" : "no"), persons(p.accountHolders()));
        }
        addOrNone(document, partners, b.partners().isEmpty());

        heading(document, "covenants");
        PdfPTable covenants = table(new float[] {5, 1.8f, 4, 4}, "col.covenantName", "col.validUntil", "col.parties",
                "col.holder");
        for (ApplicableCovenant c : b.covenants()) {
            cells(covenants, c.name() + mark(c.origin()), c.validUntil() == null ? text("open") : c.validUntil(),
                    String.join(", ", c.partners()), persons(c.accountHolders()));
        }
        addOrNone(document, covenants, b.covenants().isEmpty());

        heading(document, "withoutCovenant");
        List<String> withoutCovenant = b.partners().stream().filter(p -> !p.involvement().isEmpty() && !p.activeCovenant())
                .map(p -> p.name() + mark(p.origin())).toList();
        document.add(new Paragraph(withoutCovenant.isEmpty() ? text("none") : String.join(", ", withoutCovenant), BODY));

        heading(document, "gaps");
        for (Gap gap : b.gaps()) {
            document.add(new Paragraph(gap.name() + ": "
                    + gap.missing().stream().map(m -> text("gap." + m)).collect(Collectors.joining(", ")), BODY));
        }
        if (b.gaps().isEmpty()) {
            document.add(new Paragraph(text("none"), BODY));
        }
        document.close();
        return out.toByteArray();
    }

    private void heading(Document document, String key) {
        Paragraph heading = new Paragraph(text(key), PdfStyle.HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private PdfPTable table(float[] widths, String... headerKeys) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : headerKeys) {
            PdfPCell cell = new PdfPCell(new Phrase(text(key), BOLD));
            cell.setBackgroundColor(PdfStyle.HEADER_FILL);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value, BODY));
            cell.setPadding(3);
            table.addCell(cell);
        }
    }

    private void addOrNone(Document document, PdfPTable table, boolean empty) {
        document.add(empty ? new Paragraph(text("none"), BODY) : table);
    }

    private static String persons(List<Person> persons) {
        return persons.stream().map(p -> p.name() + (p.function() == null ? "" : " (" + p.function() + ")") + mark(p.origin()))
                .collect(Collectors.joining(", "));
    }

    private static String mark(String origin) {
        return "illustrative".equals(origin) ? " *" : "";
    }

    private String text(String key, Object... arguments) {
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
