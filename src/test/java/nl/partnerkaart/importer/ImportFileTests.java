package nl.partnerkaart.importer;

import static nl.partnerkaart.importer.Workbooks.sheets;
import static nl.partnerkaart.importer.Workbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.system.ServerMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

/** Every kind of file and every bad-input class, with real files (XLSX built with POI), through the real import. */
class ImportFileTests extends ApplicationTest {

    @Autowired
    Importer importer;

    @Autowired
    ServerMessages messages;

    /** A problem's reason as an English-speaking caller reads it. */
    private String english(ImportProblem problem) {
        return messages.text(problem.message(), Locale.ENGLISH);
    }

    @Autowired
    UploadedFiles files;

    @AfterEach
    void removeTestNodes() {
        deleteNodesWithIdPrefix("T-F");
        deleteChangesOf("T-F");
    }

    private ImportReport run(boolean dryRun, String name, byte[] content) {
        try {
            return importer.run(files.read(List.of(new UploadedFiles.Upload(name, content)), null),
                    new Importer.Request("T-F-tester", null, dryRun), ImportProgress.ignored());
        } catch (InvalidImportException e) {
            return ImportReport.refused(e.problems());
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aWorkbookWithOneSheetPerKindImportsAndItsDryRunCountsCreateUpdateAndUnchangedPerKind() {
        run(false, "networks.csv", utf8("id,name\nT-F-N1,Netwerk een\nT-F-N2,Netwerk twee\n"));
        byte[] workbook = xlsx(sheets(
                "networks", List.of(List.of("id", "name"), List.of("T-F-N1", "Netwerk een"),
                        List.of("T-F-N2", "Netwerk 2"), List.of("T-F-N3", "Netwerk drie")),
                "partners", List.of(List.of("id", "name", "category", "serves"),
                        List.of("T-F-P1", "Partner uit Excel", "company", "VR16|VR15")),
                "memberships", List.of(List.of("member", "network", "host"), List.of("T-F-P1", "T-F-N3", true))));

        ImportReport dryRun = run(true, "regio.xlsx", workbook);

        assertThat(dryRun.problems()).isEmpty();
        assertThat(dryRun.kinds()).extracting(ImportReport.KindCounts::kind, ImportReport.KindCounts::created,
                        ImportReport.KindCounts::updated, ImportReport.KindCounts::unchanged)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("partners", 1, 0, 0),
                        org.assertj.core.groups.Tuple.tuple("networks", 1, 1, 1),
                        org.assertj.core.groups.Tuple.tuple("memberships", 1, 0, 0));
        assertThat(single("MATCH (n:Network {id: 'T-F-N3'}) RETURN count(n)")).isEqualTo(0L);

        ImportReport applied = run(false, "regio.xlsx", workbook);
        assertThat(applied.applied()).isTrue();
        assertThat(single("MATCH (:Partner {id: 'T-F-P1'})-[:MEMBER_OF {host: true}]->(n:Network {id: 'T-F-N3'}) "
                + "RETURN count(n)")).isEqualTo(1L);
        assertThat(run(false, "regio.xlsx", workbook).changesAnything()).isFalse();
    }

    @Test
    void numbersDatesAndBooleansTypedInExcelReadAsTheirValues() {
        org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var sheet = book.createSheet("covenants");
        var header = sheet.createRow(0);
        List<String> columns = List.of("id", "name", "status", "validFrom", "reviewCycleMonths");
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i));
        }
        var row = sheet.createRow(1);
        row.createCell(0).setCellValue("T-F-C1");
        row.createCell(1).setCellValue("Convenant uit Excel");
        row.createCell(2).setCellValue("active");
        var date = row.createCell(3);
        date.setCellValue(java.time.LocalDate.of(2025, 3, 1));
        var style = book.createCellStyle();
        style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
        date.setCellStyle(style);
        row.createCell(4).setCellValue(12.0);
        var out = new java.io.ByteArrayOutputStream();
        try (book) {
            book.write(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        ImportReport report = run(false, "convenanten.xlsx", out.toByteArray());

        assertThat(report.problems()).isEmpty();
        assertThat(single("MATCH (c:Covenant {id: 'T-F-C1'}) RETURN toString(c.validFrom) + ' ' + c.reviewCycleMonths"))
                .isEqualTo("2025-03-01 12");
    }

    @Test
    void problemsInAWorkbookNameTheSheetLineAndColumnAndNothingIsWritten() {
        ImportReport report = run(false, "fouten.xlsx", xlsx(sheets(
                "networks", List.of(List.of("id", "name"), List.of("T-F-N4", "Goed netwerk")),
                "partners", List.of(List.of("id", "name", "category", "serves"),
                        List.of("T-F-P2", "Partner", "bakery", "VR16"),
                        List.of("T-F-P3", "Partner", "company", "VR99"),
                        List.of("T-F-P2", "Dubbel", "company", "VR16")),
                "memberships", List.of(List.of("member", "network", "colour"), List.of("T-F-P3", "T-F-N9", "blue")))));

        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::file, ImportProblem::sheet, ImportProblem::line,
                ImportProblem::column).contains(
                org.assertj.core.groups.Tuple.tuple("fouten.xlsx", "partners", 2L, "category"),
                org.assertj.core.groups.Tuple.tuple("fouten.xlsx", "partners", 3L, "serves"),
                org.assertj.core.groups.Tuple.tuple("fouten.xlsx", "partners", 4L, "id"),
                org.assertj.core.groups.Tuple.tuple("fouten.xlsx", "memberships", 1L, "colour"));
        assertThat(single("MATCH (n:Network {id: 'T-F-N4'}) RETURN count(n)")).isEqualTo(0L);
    }

    @Test
    void formulaCellsAndFormulaLikeTextAreRefusedButAnApostropheMakesItText() {
        ImportReport formula = run(false, "formule.xlsx", xlsx(sheets("networks", List.of(List.of("id", "name"),
                List.of("T-F-N5", "=HYPERLINK(\"http://evil.example\",\"klik\")")))));
        ImportReport injected = run(false, "networks.csv", utf8("id,name\nT-F-N6,\"=cmd|' /C calc'!A0\"\nT-F-N7,@SUM(A1)\n"));
        ImportReport quoted = run(false, "networks.csv", utf8("id,name,description\nT-F-N8,'=1+1 netwerk,-12 graden\n"));

        assertThat(formula.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("networks");
            assertThat(p.line()).isEqualTo(2L);
            assertThat(p.column()).isEqualTo("name");
            assertThat(english(p)).contains("is a formula");
        });
        assertThat(injected.problems()).extracting(ImportProblem::line).containsExactly(2L, 3L);
        assertThat(english(injected.problems().get(0))).contains("starts like a spreadsheet formula");
        assertThat(single("MATCH (n:Network) WHERE n.id IN ['T-F-N5', 'T-F-N6', 'T-F-N7'] RETURN count(n)")).isEqualTo(0L);
        assertThat(quoted.problems()).extracting(this::english).singleElement()
                .satisfies(m -> assertThat(m).contains("'-12 graden'"));
    }

    @Test
    void wrongEncodingsAreNamed() {
        ImportReport latin1 = run(false, "partners.csv",
                "id,name,category\nT-F-P4,Caf\u00e9 De Stad,company\n".getBytes(Charset.forName("windows-1252")));
        ImportReport utf16 = run(false, "partners.csv",
                "id,name,category\nT-F-P5,Zo\u00eb,company\n".getBytes(StandardCharsets.UTF_16));
        ImportReport utf16WithoutMark = run(false, "partners.csv",
                "id,name,category\nT-F-P5,Zo\u00eb,company\n".getBytes(StandardCharsets.UTF_16LE));
        ImportReport workbookNamedCsv = run(false, "partners.csv", xlsx(sheets("partners", List.of(List.of("id")))));

        assertThat(latin1.problems()).singleElement().satisfies(p -> {
            assertThat(english(p)).contains("Latin-1").contains("'\u00e9'");
            assertThat(p.line()).isEqualTo(2L);
        });
        assertThat(english(utf16.problems().get(0))).contains("UTF-16");
        assertThat(english(utf16WithoutMark.problems().get(0))).contains("UTF-16");
        assertThat(english(workbookNamedCsv.problems().get(0))).contains("XLSX");
    }

    @Test
    void malformedFilesAreRefused() {
        assertThat(firstProblem("kapot.xlsx", new byte[] {0x50, 0x4B, 3, 4, 9, 9, 9}))
                .contains("not a readable XLSX workbook");
        assertThat(firstProblem("kapot.zip", utf8("geen zip"))).contains("ZIP");
        assertThat(firstProblem("partners.csv", utf8("id,name\nT-F-P6,\"niet gesloten\n"))).contains("not valid CSV");
        assertThat(firstProblem("leeg.zip", Workbooks.zip(Map.of("lees-mij.txt", utf8("hoi")))))
                .contains("not a .csv or .xlsx file");
    }

    private String firstProblem(String name, byte[] content) {
        return english(run(false, name, content).problems().get(0));
    }

    @Test
    void aZipOfCsvFilesAndWorkbooksImportsAsOne() {
        byte[] zip = Workbooks.zip(Map.of(
                "export/networks.csv", utf8("id;name\nT-F-N10;Netwerk uit zip\n"),
                "export/partners.xlsx", xlsx(sheets("partners", List.of(List.of("id", "name", "category"),
                        List.of("T-F-P7", "Partner uit zip", "company")))),
                "export/memberships.csv", utf8("member,network\nT-F-P7,T-F-N10\n"),
                "__MACOSX/export/._networks.csv", new byte[] {0, 1, 2}));

        ImportReport report = run(false, "regio.zip", zip);

        assertThat(report.problems()).isEmpty();
        assertThat(single("MATCH (:Partner {id: 'T-F-P7'})-[:MEMBER_OF]->(n:Network {id: 'T-F-N10'}) RETURN count(n)"))
                .isEqualTo(1L);
    }

    @Test
    void filesAndImportsPastTheLimitsAreRefusedWithTheProperty() {
        UploadedFiles small = new UploadedFiles(new ImportProperties(DataSize.ofBytes(60), DataSize.ofBytes(100), 2, 10_000));
        byte[] threeRows = utf8("id,name\nT-F-N11,a\nT-F-N12,b\nT-F-N13,c\n");

        assertThat(refusal(() -> small.read(List.of(new UploadedFiles.Upload("networks.csv", threeRows)), null)))
                .contains("at most 2").contains("partnerkaart.import.max-rows");
        assertThat(refusal(() -> small.read(List.of(new UploadedFiles.Upload("networks.csv", new byte[61])), null)))
                .contains("partnerkaart.import.max-file-size");
        UploadedFiles smallEntries = new UploadedFiles(new ImportProperties(DataSize.ofBytes(500),
                DataSize.ofKilobytes(100), 2, 10_000));
        assertThat(refusal(() -> smallEntries.read(List.of(new UploadedFiles.Upload("networks.zip",
                Workbooks.zip(Map.of("networks.csv", new byte[1000])))), null)))
                .contains("partnerkaart.import.max-file-size");
    }

    /** The first problem, in English, of a read that must be refused. */
    private String refusal(Runnable read) {
        try {
            read.run();
        } catch (InvalidImportException e) {
            return english(e.problems().get(0));
        }
        throw new AssertionError("not refused");
    }
}
