package nl.partnerkaart.cascade;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import nl.partnerkaart.cascade.Briefing.ApplicableCovenant;
import nl.partnerkaart.cascade.Briefing.Consequence;
import nl.partnerkaart.cascade.Briefing.Gap;
import nl.partnerkaart.cascade.Briefing.PartnerToAlert;
import nl.partnerkaart.cascade.Briefing.Person;
import nl.partnerkaart.pdf.PdfStyle;
import nl.partnerkaart.pdf.PdfTable;
import nl.partnerkaart.pdf.TaggedPdf;

/** The briefing as a printable, tagged A4 document, in Dutch or English; illustrative items carry a *. */
final class BriefingPdf {

    private static final PdfStyle BODY = PdfStyle.body(9);
    private static final PdfStyle BOLD = PdfStyle.bold(9);

    private final String lang;
    private final ResourceBundle texts;
    private final DecimalFormat hours = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));

    BriefingPdf(String lang) {
        this.lang = lang;
        texts = ResourceBundle.getBundle("cascade.briefing", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    byte[] render(Briefing b, LocalDate madeOn) {
        TaggedPdf document = new TaggedPdf(false, 40, 50, lang, text("title", b.region().name()),
                text("footer", b.region().name(), ""));
        document.heading(1, text("title", b.region().name()) + mark(b.region().origin()), PdfStyle.TITLE);
        document.paragraph(text("subtitle", b.incidentType().name(), b.incidentType().id(),
                hours.format(b.hours())), BOLD);
        document.paragraph(text("scenario", b.area().isEmpty() ? text("everywhere") : String.join(", ", b.area()),
                b.duration() == null ? text("lasting") : text("hours", hours.format(b.duration()))), BOLD);
        if (b.recoveredAt() != null) {
            document.paragraph(text("recovery", hours.format(b.recoveredAt())), BODY);
        }
        document.paragraph(text("dates", b.asOf(), madeOn), BODY);
        document.paragraph(text("origin"), PdfStyle.SMALL);
        if (b.containsIllustrativeData()) {
            document.paragraph(text("illustrative"), PdfStyle.SMALL);
        }
        if (b.truncated()) {
            document.paragraph(text("truncated"), BOLD);
        }
        heading(document, "disrupted");
        document.paragraph(b.disrupted().isEmpty() ? text("none") : String.join(", ", b.disrupted()), BODY);

        heading(document, "timeline");
        PdfTable timeline = table(new float[] {1, 6, 2.5f, 5}, "col.hour", "col.what", "col.kind", "col.via");
        for (Briefing.Step step : b.timeline()) {
            for (Consequence c : step.consequences()) {
                cells(timeline, hours.format(step.hour()), c.name() + mark(c.origin()), text("kind." + c.kind()),
                        String.join(" > ", c.chain()));
            }
        }
        addOrNone(document, timeline, b.timeline().isEmpty());

        heading(document, "regionsHit");
        document.paragraph(b.regionsHit().isEmpty() ? text("none") : b.regionsHit().stream()
                .map(r -> text("regionAt", r.name(), hours.format(r.hour()))).collect(Collectors.joining(", ")), BODY);

        heading(document, "partners");
        PdfTable partners = table(new float[] {5, 2.5f, 2.5f, 1.8f, 4}, "col.partner", "col.role", "col.involvement",
                "col.covenant", "col.holder");
        for (PartnerToAlert p : b.partners()) {
            cells(partners, p.name() + mark(p.origin()), p.role() == null ? "" : text("role." + p.role()),
                    p.involvement().stream().map(i -> text("involvement." + i)).collect(Collectors.joining(", ")),
                    text(p.activeCovenant() ? "yes" : "no"), persons(p.accountHolders()));
        }
        addOrNone(document, partners, b.partners().isEmpty());

        heading(document, "covenants");
        PdfTable covenants = table(new float[] {5, 1.8f, 4, 4}, "col.covenantName", "col.validUntil", "col.parties",
                "col.holder");
        for (ApplicableCovenant c : b.covenants()) {
            cells(covenants, c.name() + mark(c.origin()), c.validUntil() == null ? text("open") : c.validUntil(),
                    String.join(", ", c.partners()), persons(c.accountHolders()));
        }
        addOrNone(document, covenants, b.covenants().isEmpty());

        heading(document, "withoutCovenant");
        List<String> withoutCovenant = b.partners().stream().filter(p -> !p.involvement().isEmpty() && !p.activeCovenant())
                .map(p -> p.name() + mark(p.origin())).toList();
        document.paragraph(withoutCovenant.isEmpty() ? text("none") : String.join(", ", withoutCovenant), BODY);

        heading(document, "gaps");
        for (Gap gap : b.gaps()) {
            document.paragraph(gap.name() + ": "
                    + gap.missing().stream().map(m -> text("gap." + m)).collect(Collectors.joining(", ")), BODY);
        }
        if (b.gaps().isEmpty()) {
            document.paragraph(text("none"), BODY);
        }
        return document.toBytes();
    }

    private void heading(TaggedPdf document, String key) {
        document.heading(2, text(key), PdfStyle.HEADING);
    }

    private PdfTable table(float[] widths, String... headerKeys) {
        return new PdfTable(widths, BOLD, Arrays.stream(headerKeys).map(key -> text(key)).toList());
    }

    private static void cells(PdfTable table, String... values) {
        table.row(BODY, values);
    }

    private void addOrNone(TaggedPdf document, PdfTable table, boolean empty) {
        if (empty) {
            document.paragraph(text("none"), BODY);
        } else {
            document.table(table);
        }
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
