package nl.partnerkaart.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A document of several pages, laid out and read back: it passes veraPDF's PDF/UA-1 validation and {@link PdfUaCheck}. */
class TaggedPdfTests {

    private static final PdfStyle BODY = PdfStyle.body(9);

    @Test
    void headingsParagraphsTablesAndFiguresAcrossPagesAreTaggedInReadingOrder() throws IOException {
        TaggedPdf pdf = new TaggedPdf(false, 40, 50, "nl", "Proefdocument <met> & tekens", "Proefdocument - pagina ");
        pdf.heading(1, "Proefdocument", PdfStyle.TITLE);
        pdf.paragraph(String.join(" ", Collections.nCopies(2500, "woord")), BODY); // runs onto the next page
        pdf.heading(2, "Tabel", PdfStyle.HEADING);
        PdfTable table = new PdfTable(new float[] {1, 3}, PdfStyle.bold(9), List.of("Nummer", "Omschrijving"));
        for (int i = 1; i <= 120; i++) {
            table.row(BODY, null, List.of(new PdfTable.Cell(Integer.toString(i), true),
                    new PdfTable.Cell("regel " + i + " met een teken zonder glyph: \u6F22", false)));
        }
        pdf.table(table);
        pdf.heading(2, "Figuur", PdfStyle.HEADING);
        pdf.figure("Twee balken: A 3, B 5.", 40, canvas -> {
            canvas.rectangle(0, 0, 30, 10, Color.BLUE);
            canvas.text("A", 0, 20, 7, Color.BLACK);
        });
        byte[] bytes = pdf.toBytes();

        VeraPdfCheck.assertPdfUa1(bytes);
        PdfUaCheck.Structure structure = PdfUaCheck.assertAccessible(bytes, "nl");
        assertThat(structure.types()).containsSubsequence("Document", "H1", "P", "H2", "Table", "TR", "TH", "TH",
                "TR", "TD", "TD", "H2", "Figure");
        assertThat(structure.types().stream().filter("TH"::equals)).as("the header row once, though repeated on pages")
                .hasSize(2);
        assertThat(structure.types().stream().filter("TR"::equals)).hasSize(121);
        assertThat(structure.figureAlts()).containsExactly("Twee balken: A 3, B 5.");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Proefdocument <met> & tekens");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("regel 120 met een teken zonder glyph: ?",
                    "Proefdocument - pagina " + document.getNumberOfPages());
            assertThat(text.split("Omschrijving", -1).length - 1).as("the header on every page of the table")
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theCheckRefusesAnUntaggedPdfWithAStandardFont() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            document.getDocumentCatalog().setLanguage("nl");
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.showText("Niet getagd");
                content.endText();
            }
            document.save(out);
        }
        assertThatThrownBy(() -> PdfUaCheck.assertAccessible(out.toByteArray(), "nl")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("/MarkInfo");
        assertThatThrownBy(() -> VeraPdfCheck.assertPdfUa1(out.toByteArray())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("PDF/UA-1 rules veraPDF finds broken");
    }

    @Test
    void theCheckFindsTheWrongLanguageAFigureWithoutAlternativeTextAndUntaggedContent() throws IOException {
        TaggedPdf pdf = new TaggedPdf(true, 36, 48, "en", "Small", "Small - page ");
        pdf.heading(1, "Small", PdfStyle.TITLE);
        pdf.figure("A square.", 20, canvas -> canvas.rectangle(0, 0, 10, 10, Color.RED));
        byte[] good = pdf.toBytes();
        PdfUaCheck.assertAccessible(good, "en");

        assertThatThrownBy(() -> PdfUaCheck.assertAccessible(good, "nl")).hasMessageContaining("/Lang");
        byte[] withoutAlt = changed(good, document -> {
            PDStructureElement root = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            root.getKids().stream().filter(PDStructureElement.class::isInstance).map(PDStructureElement.class::cast)
                    .filter(e -> e.getStructureType().equals("Figure")).findFirst().orElseThrow()
                    .getCOSObject().removeItem(COSName.getPDFName("Alt"));
        });
        assertThatThrownBy(() -> PdfUaCheck.assertAccessible(withoutAlt, "en")).hasMessageContaining("/Alt");
        byte[] untagged = changed(good, document -> {
            try (PDPageContentStream content = new PDPageContentStream(document, document.getPage(0),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                content.addRect(100, 100, 10, 10);
                content.fill();
            }
        });
        assertThatThrownBy(() -> PdfUaCheck.assertAccessible(untagged, "en")).hasMessageContaining("outside marked content");
    }

    private interface Change {
        void apply(PDDocument document) throws IOException;
    }

    private static byte[] changed(byte[] pdf, Change change) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            change.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
