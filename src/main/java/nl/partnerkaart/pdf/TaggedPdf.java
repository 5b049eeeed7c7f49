package nl.partnerkaart.pdf;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A tagged, accessible (PDF/UA-1) document laid out from top to bottom: headings, paragraphs, tables and figures
 * with an alternative text. Each of them is a structure element (H1-H6, P, Table/TR/TH/TD, Figure) whose marked
 * content appears on the pages in reading order; cell fills, rules, repeated table headers and the page footer are
 * artifacts. The document carries its language, its title (shown as the window's title), XMP metadata with
 * {@code pdfuaid:part} 1, and DejaVu Sans Condensed embedded as a subset. OpenPDF, which wrote our PDFs before, builds
 * no structure tree for paragraphs and tables; PDFBox lets us write one.
 */
public final class TaggedPdf {

    private static final byte[] REGULAR = fontFile("DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = fontFile("DejaVuSansCondensed-Bold.ttf");
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
    private static final float PADDING = 3;
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final float FOOTER_BASELINE = 24;
    /** A heading starts a new page unless this much of what follows fits under it. */
    private static final float KEEP_WITH_HEADING = 36;

    private final PDDocument document = new PDDocument();
    private final PDRectangle size;
    private final float margin;
    private final float bottom;
    private final String footer;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDStructureElement root;
    /** Per page, the structure element of each marked-content id: the parent tree. */
    private final List<COSArray> parents = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    private boolean fresh;

    /**
     * An A4 document in {@code lang} (nl, en); {@code footer} is followed by the page number at the foot of every
     * page; {@code margin} is the margin at the top and the sides, {@code bottom} the one at the foot.
     */
    public TaggedPdf(boolean landscape, float margin, float bottom, String lang, String title, String footer) {
        this.size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        this.margin = margin;
        this.bottom = bottom;
        this.footer = footer;
        try {
            document.setVersion(1.7f);
            regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
            bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setLanguage(lang);
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            catalog.setMarkInfo(markInfo);
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            catalog.setViewerPreferences(preferences);
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(title);
            information.setCreator("Partnerkaart");
            catalog.setMetadata(metadata(title, lang));
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            catalog.setStructureTreeRoot(tree);
            root = element("Document", tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newPage();
    }

    /** The width between the side margins, in points. */
    public float width() {
        return size.getWidth() - 2 * margin;
    }

    public void newPage() {
        try {
            closeContent();
            page = new PDPage(size);
            document.addPage(page);
            page.setStructParents(parents.size());
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            parents.add(new COSArray());
            content = new PDPageContentStream(document, page);
            y = size.getHeight() - margin;
            fresh = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} points fit on this one (or it is still empty). */
    public void needRoom(float height) {
        if (!fresh && y - height < bottom) {
            newPage();
        }
    }

    /** A heading of {@code level} (1 for the document's title), kept on one page with the start of what follows. */
    public void heading(int level, String text, PdfStyle style) {
        float before = fresh ? 0 : 12;
        List<String> lines = lines(text, style, width());
        needRoom(before + lines.size() * style.leading() + KEEP_WITH_HEADING);
        if (!fresh) {
            y -= before;
        }
        block("H" + level, style, lines);
        y -= 4;
    }

    /** A paragraph, wrapped at spaces (and inside words too long for a line); nothing for a blank text. */
    public void paragraph(String text, PdfStyle style) {
        if (text != null && !text.isBlank()) {
            block("P", style, lines(text, style, width()));
        }
    }

    /** A table whose header row is repeated (as an artifact) on every further page the table runs onto. */
    public void table(PdfTable table) {
        float total = 0;
        for (float w : table.widths) {
            total += w;
        }
        float[] widths = new float[table.widths.length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width() * table.widths[c] / total;
        }
        PDStructureElement element = element("Table", root);
        List<List<String>> header = lines(table.header, widths);
        float headerHeight = height(header, table.header.style());
        needRoom(headerHeight + (table.rows.isEmpty() ? 0 : height(lines(table.rows.get(0), widths), table.rows.get(0).style())));
        row(element, "TH", table.header, header, widths);
        for (PdfTable.Row row : table.rows) {
            List<List<String>> cells = lines(row, widths);
            if (y - height(cells, row.style()) < bottom) {
                newPage();
                row(null, null, table.header, header, widths);
            }
            row(element, "TD", row, cells, widths);
        }
        y -= 4;
    }

    /** A figure of the full width and {@code height} points, drawn by {@code drawing}, read out as {@code alt}. */
    public void figure(String alt, float height, Consumer<PdfCanvas> drawing) {
        needRoom(height + 4);
        y -= 2;
        float lower = y - height;
        PDStructureElement element = element("Figure", root);
        element.setAlternateDescription(alt);
        PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
        layout.setBBox(new PDRectangle(margin, lower, width(), height));
        element.addAttribute(layout);
        tagged(element, () -> {
            content.saveGraphicsState();
            drawing.accept(new Canvas(margin, lower));
            content.restoreGraphicsState();
        });
        y = lower - 4;
    }

    /** The document, with the page footers and the parent tree added; this object is done with after this. */
    public byte[] toBytes() {
        try (document) {
            closeContent();
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                footer(document.getPage(p), footer + (p + 1));
            }
            COSArray numbers = new COSArray();
            for (int p = 0; p < parents.size(); p++) {
                numbers.add(COSInteger.get(p));
                numbers.add(parents.get(p));
            }
            COSDictionary parentTree = new COSDictionary();
            parentTree.setItem(COSName.NUMS, numbers);
            PDStructureTreeRoot tree = document.getDocumentCatalog().getStructureTreeRoot();
            tree.setParentTree(new PDNumberTreeNode(parentTree, PDParentTreeValue.class));
            tree.setParentTreeNextKey(parents.size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void block(String type, PdfStyle style, List<String> lines) {
        PDStructureElement element = element(type, root);
        int i = 0;
        while (i < lines.size()) {
            needRoom(style.leading());
            int fitting = Math.max(1, Math.min(lines.size() - i, (int) ((y - bottom) / style.leading())));
            List<String> part = lines.subList(i, i + fitting);
            tagged(element, () -> {
                for (String line : part) {
                    show(line, style, margin, y - style.size());
                    y -= style.leading();
                }
            });
            i += fitting;
            if (i < lines.size()) {
                newPage();
            }
        }
    }

    /** A table row; with no {@code table} the row is an artifact (a repeated header). */
    private void row(PDStructureElement table, String cellType, PdfTable.Row row, List<List<String>> lines,
                     float[] widths) {
        float top = y;
        float height = height(lines, row.style());
        artifact(() -> {
            float x = margin;
            for (float w : widths) {
                if (row.fill() != null) {
                    content.setNonStrokingColor(row.fill());
                    content.addRect(x, top - height, w, height);
                    content.fill();
                }
                content.setStrokingColor(RULE);
                content.setLineWidth(0.5f);
                content.addRect(x, top - height, w, height);
                content.stroke();
                x += w;
            }
        });
        PDStructureElement tr = table == null ? null : element("TR", table);
        float x = margin;
        for (int c = 0; c < widths.length; c++) {
            PdfTable.Cell cell = row.cells().get(c);
            List<String> cellLines = lines.get(c);
            float left = x;
            float w = widths[c];
            Drawing text = () -> {
                float baseline = top - PADDING - row.style().size();
                for (String line : cellLines) {
                    show(line, row.style(), cell.right() ? left + w - PADDING - width(line, row.style()) : left + PADDING,
                            baseline);
                    baseline -= row.style().leading();
                }
            };
            if (tr == null) {
                artifact(text);
            } else {
                PDStructureElement element = element(cellType, tr);
                if (cellType.equals("TH")) {
                    PDTableAttributeObject scope = new PDTableAttributeObject();
                    scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
                    element.addAttribute(scope);
                }
                if (!String.join("", cellLines).isBlank()) {
                    tagged(element, text);
                }
            }
            x += w;
        }
        y = top - height;
        fresh = false;
    }

    private List<List<String>> lines(PdfTable.Row row, float[] widths) {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            lines.add(lines(row.cells().get(c).text(), row.style(), widths[c] - 2 * PADDING));
        }
        return lines;
    }

    private static float height(List<List<String>> cells, PdfStyle style) {
        int most = cells.stream().mapToInt(List::size).max().orElse(1);
        return most * style.leading() + 2 * PADDING;
    }

    private List<String> lines(String text, PdfStyle style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text == null ? "" : text, font(style)).split("\n", -1)) {
            String line = "";
            for (String word : paragraph.split(" ", -1)) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (line.isEmpty() || width(longer, style) <= width) {
                    line = longer;
                } else {
                    lines.add(line);
                    line = word;
                }
                while (line.length() > 1 && width(line, style) > width) {
                    int cut = line.length() - 1;
                    while (cut > 1 && width(line.substring(0, cut), style) > width) {
                        cut--;
                    }
                    lines.add(line.substring(0, cut));
                    line = line.substring(cut);
                }
            }
            lines.add(line);
        }
        return lines;
    }

    /** The text with line breaks kept, other white space and control characters as spaces, and a ? for a
     * character the font has no glyph for (showing it would fail). */
    private static String printable(String text, PDType0Font font) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                printable.append('\n');
            } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                printable.append(' ');
            } else if (hasGlyph(font, c)) {
                printable.appendCodePoint(c);
            } else {
                printable.append('?');
            }
        });
        return printable.toString();
    }

    private static boolean hasGlyph(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private float width(String text, PdfStyle style) {
        try {
            return font(style).getStringWidth(text) / 1000 * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font font(PdfStyle style) {
        return style.bold() ? bold : regular;
    }

    private void show(String text, PdfStyle style, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font(style), style.size());
        content.setNonStrokingColor(style.color());
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private static PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Draws content that belongs to {@code element}: a marked-content sequence the element refers to. */
    private void tagged(PDStructureElement element, Drawing drawing) {
        COSArray pageParents = parents.get(parents.size() - 1);
        int id = pageParents.size();
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, id);
        try {
            content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
            drawing.draw();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(id);
        element.appendKid(reference);
        pageParents.add(element);
        fresh = false;
    }

    private void artifact(Drawing drawing) {
        try {
            content.beginMarkedContent(ARTIFACT);
            drawing.draw();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void footer(PDPage onPage, String text) throws IOException {
        String printable = printable(text, regular);
        PdfStyle style = PdfStyle.SMALL;
        try (PDPageContentStream stream = new PDPageContentStream(document, onPage, AppendMode.APPEND, true, true)) {
            COSDictionary pagination = new COSDictionary();
            pagination.setName(COSName.TYPE, "Pagination");
            pagination.setName(COSName.SUBTYPE, "Footer");
            stream.beginMarkedContent(ARTIFACT, PDPropertyList.create(pagination));
            stream.beginText();
            stream.setFont(regular, style.size());
            stream.setNonStrokingColor(style.color());
            stream.newLineAtOffset((size.getWidth() - width(printable, style)) / 2, FOOTER_BASELINE);
            stream.showText(printable);
            stream.endText();
            stream.endMarkedContent();
        }
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private PDMetadata metadata(String title, String lang) throws IOException {
        String xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                    <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                        xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                      <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                      <xmp:CreatorTool>Partnerkaart</xmp:CreatorTool>
                      <pdfuaid:part>1</pdfuaid:part>
                    </rdf:Description>
                  </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(xml(title), xml(lang));
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        return metadata;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] fontFile(String name) {
        try (InputStream in = TaggedPdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    /** A figure's drawing surface: the page's content stream, offset to the figure's lower left corner. */
    private final class Canvas implements PdfCanvas {

        private final float left;
        private final float lower;

        Canvas(float left, float lower) {
            this.left = left;
            this.lower = lower;
        }

        @Override
        public void rectangle(float x, float y, float width, float height, Color fill) {
            try {
                content.setNonStrokingColor(fill);
                content.addRect(left + x, lower + y, width, height);
                content.fill();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void text(String text, float x, float y, float size, Color color) {
            try {
                show(printable(text, regular), new PdfStyle(false, size, color), left + x, lower + y);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public float textWidth(String text, float size) {
            return width(printable(text, regular), new PdfStyle(false, size, Color.BLACK));
        }
    }
}
