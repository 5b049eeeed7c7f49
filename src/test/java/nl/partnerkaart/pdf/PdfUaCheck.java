package nl.partnerkaart.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.w3c.dom.Document;

/**
 * The PDF/UA-1 structure check of our PDFs, read back with PDFBox (beside veraPDF, {@link VeraPdfCheck}): the
 * document's language, Marked, DisplayDocTitle, dc:title and pdfuaid:part 1 in the XMP, every font embedded; a
 * structure tree whose headings start at H1 and skip no level, whose tables start with a row of TH cells with a
 * scope, whose figures each have an alternative text; every piece of page content either tagged or an artifact,
 * every marked-content id on a page claimed by exactly one structure element through the parent tree, and the
 * tree's order the order of the content on the pages (the reading order).
 */
public final class PdfUaCheck {

    private static final String PDFUAID = "http://www.aiim.org/pdfua/ns/id/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    /** Operators that show text or paint: outside marked content they would be neither tagged nor an artifact. */
    private static final Set<String> PAINTING = Set.of("Tj", "TJ", "'", "\"", "f", "F", "f*", "S", "s", "B", "B*", "b",
            "b*", "Do", "sh", "BI");

    /** The structure element types in the tree's order, and the alternative texts of its figures. */
    public record Structure(List<String> types, List<String> figureAlts) {
    }

    private PdfUaCheck() {
    }

    public static Structure assertAccessible(byte[] pdf, String lang) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).as("/Lang").isEqualTo(lang);
            assertThat(catalog.getMarkInfo()).as("/MarkInfo").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("/MarkInfo /Marked").isTrue();
            assertThat(catalog.getViewerPreferences()).as("/ViewerPreferences").isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).as("/DisplayDocTitle").isTrue();
            String title = document.getDocumentInformation().getTitle();
            assertThat(title).as("the title").isNotBlank();
            assertMetadata(catalog, title);
            for (PDPage page : document.getPages()) {
                assertFontsEmbedded(page.getResources());
            }
            PDStructureTreeRoot tree = catalog.getStructureTreeRoot();
            assertThat(tree).as("the structure tree").isNotNull();
            Walk walk = new Walk(document);
            for (Object kid : tree.getKids()) {
                walk.visit(kid, null);
            }
            assertThat(walk.types).as("structure types").contains("H1");
            assertMarkedContent(document, tree, walk.references);
            return new Structure(walk.types, walk.alts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertMetadata(PDDocumentCatalog catalog, String title) throws IOException {
        assertThat(catalog.getMetadata()).as("XMP metadata").isNotNull();
        Document xmp;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            xmp = factory.newDocumentBuilder().parse(new ByteArrayInputStream(catalog.getMetadata().toByteArray()));
        } catch (Exception e) {
            throw new AssertionError("XMP metadata does not parse", e);
        }
        assertThat(xmp.getElementsByTagNameNS(PDFUAID, "part").getLength()).as("pdfuaid:part").isEqualTo(1);
        assertThat(xmp.getElementsByTagNameNS(PDFUAID, "part").item(0).getTextContent().trim()).isEqualTo("1");
        assertThat(xmp.getElementsByTagNameNS(DC, "title").getLength()).as("dc:title").isEqualTo(1);
        assertThat(xmp.getElementsByTagNameNS(DC, "title").item(0).getTextContent().trim()).isEqualTo(title);
    }

    private static void assertFontsEmbedded(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            assertThat(resources.getFont(name).isEmbedded()).as("font " + resources.getFont(name).getName() + " embedded")
                    .isTrue();
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                assertFontsEmbedded(form.getResources());
            }
        }
    }

    /** Walks the structure tree in order, checking headings, tables and figures, collecting marked-content references. */
    private static final class Walk {

        private final PDDocument document;
        private final List<String> types = new ArrayList<>();
        private final List<String> alts = new ArrayList<>();
        /** (page index, marked-content id) in the tree's order, with the element that claims it. */
        private final Map<List<Integer>, PDStructureElement> references = new LinkedHashMap<>();
        private int deepestHeading;

        Walk(PDDocument document) {
            this.document = document;
        }

        void visit(Object kid, PDStructureElement parent) {
            if (kid instanceof PDStructureElement element) {
                element(element);
            } else if (kid instanceof Integer id) {
                reference(parent, parent.getPage(), id);
            } else if (kid instanceof PDMarkedContentReference reference) {
                reference(parent, reference.getPage() != null ? reference.getPage() : parent.getPage(), reference.getMCID());
            }
        }

        private void element(PDStructureElement element) {
            String type = element.getStructureType();
            types.add(type);
            if (type.matches("H[1-6]")) {
                int level = type.charAt(1) - '0';
                assertThat(level).as(type + " after H" + deepestHeading + ": no heading level is skipped")
                        .isLessThanOrEqualTo(deepestHeading + 1);
                deepestHeading = level;
            }
            if (type.equals("Figure")) {
                assertThat(element.getAlternateDescription()).as("a Figure's /Alt").isNotBlank();
                alts.add(element.getAlternateDescription());
            }
            if (type.equals("Table")) {
                assertTable(element);
            }
            for (Object kid : element.getKids()) {
                visit(kid, element);
            }
        }

        private void reference(PDStructureElement element, PDPage page, int id) {
            assertThat(page).as("the page of marked content " + id + " of " + element.getStructureType()).isNotNull();
            List<Integer> key = List.of(document.getPages().indexOf(page), id);
            assertThat(references.put(key, element)).as("marked content " + key + " claimed twice").isNull();
        }

        private static void assertTable(PDStructureElement table) {
            List<PDStructureElement> rows = children(table);
            assertThat(rows).as("rows of a Table").isNotEmpty();
            assertThat(rows).extracting(PDStructureElement::getStructureType).containsOnly("TR");
            List<PDStructureElement> header = children(rows.get(0));
            assertThat(header).as("the header row").isNotEmpty();
            for (PDStructureElement cell : header) {
                assertThat(cell.getStructureType()).as("a cell of the header row").isEqualTo("TH");
                assertThat(scope(cell)).as("the scope of a TH").isIn(PDTableAttributeObject.SCOPE_COLUMN,
                        PDTableAttributeObject.SCOPE_ROW, PDTableAttributeObject.SCOPE_BOTH);
            }
            for (PDStructureElement row : rows.subList(1, rows.size())) {
                assertThat(children(row)).as("cells of a row").hasSameSizeAs(header);
            }
        }

        private static String scope(PDStructureElement cell) {
            for (int i = 0; i < cell.getAttributes().size(); i++) {
                PDAttributeObject attribute = cell.getAttributes().getObject(i);
                if (attribute instanceof PDTableAttributeObject table) {
                    return table.getScope();
                }
            }
            return null;
        }

        private static List<PDStructureElement> children(PDStructureElement element) {
            return element.getKids().stream().filter(PDStructureElement.class::isInstance)
                    .map(PDStructureElement.class::cast).toList();
        }
    }

    /**
     * Every painting operator is inside marked content; the marked-content ids of each page are exactly those the
     * tree refers to, the parent tree names the same element for each, and the tree lists them in page order.
     */
    private static void assertMarkedContent(PDDocument document, PDStructureTreeRoot tree,
                                            Map<List<Integer>, PDStructureElement> references) throws IOException {
        Map<Integer, COSArray> parentTree = new LinkedHashMap<>();
        numbers(tree.getParentTree().getCOSObject(), parentTree);
        Set<List<Integer>> onPages = new LinkedHashSet<>();
        for (int p = 0; p < document.getNumberOfPages(); p++) {
            PDPage page = document.getPage(p);
            int depth = 0;
            List<COSBase> operands = new ArrayList<>();
            for (Object token : new PDFStreamParser(page).parse()) {
                if (!(token instanceof Operator operator)) {
                    operands.add((COSBase) token);
                    continue;
                }
                String name = operator.getName();
                if (name.equals("BDC") || name.equals("BMC")) {
                    depth++;
                    COSBase properties = name.equals("BDC") ? operands.get(1) : null;
                    if (properties instanceof COSDictionary dictionary && dictionary.containsKey(COSName.MCID)) {
                        int id = dictionary.getInt(COSName.MCID);
                        assertThat(onPages.add(List.of(p, id))).as("marked content id " + id + " twice on page " + p).isTrue();
                        COSArray parents = parentTree.get(page.getStructParents());
                        assertThat(parents).as("the parent tree entry of page " + p).isNotNull();
                        PDStructureElement element = references.get(List.of(p, id));
                        assertThat(element).as("the element of marked content " + id + " on page " + p).isNotNull();
                        assertThat(resolve(parents.get(id))).as("the parent tree's element of " + id + " on page " + p)
                                .isSameAs(element.getCOSObject());
                        assertThat(((COSName) operands.get(0)).getName()).as("the tag of marked content " + id)
                                .isEqualTo(element.getStructureType());
                    } else {
                        assertThat(((COSName) operands.get(0)).getName()).as("marked content without an id")
                                .isEqualTo("Artifact");
                    }
                } else if (name.equals("EMC")) {
                    depth--;
                } else if (PAINTING.contains(name)) {
                    assertThat(depth).as(name + " outside marked content on page " + p).isPositive();
                }
                operands.clear();
            }
        }
        assertThat(new ArrayList<>(references.keySet())).as("marked content of the tree, in the tree's order")
                .containsExactlyElementsOf(onPages.stream().sorted((a, b) -> a.get(0).equals(b.get(0))
                        ? Integer.compare(a.get(1), b.get(1)) : Integer.compare(a.get(0), b.get(0))).toList());
    }

    private static void numbers(COSDictionary node, Map<Integer, COSArray> into) {
        if (node.getCOSArray(COSName.NUMS) != null) {
            COSArray numbers = node.getCOSArray(COSName.NUMS);
            for (int i = 0; i + 1 < numbers.size(); i += 2) {
                into.put(((COSInteger) resolve(numbers.get(i))).intValue(), (COSArray) resolve(numbers.get(i + 1)));
            }
        }
        if (node.getCOSArray(COSName.KIDS) != null) {
            for (COSBase kid : node.getCOSArray(COSName.KIDS)) {
                numbers((COSDictionary) resolve(kid), into);
            }
        }
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }
}
