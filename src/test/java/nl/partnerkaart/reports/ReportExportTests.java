package nl.partnerkaart.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.pdf.PdfUaCheck;
import nl.partnerkaart.spreadsheet.SpreadsheetCsv;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The exports parsed back: the figures of the JSON report, the date and the data origin are in them. */
class ReportExportTests extends ApplicationTest {

    private static final String COVERAGE = "/api/reports/coverage?asOf=2026-11-23";

    @Test
    void csvHoldsTheMatrixTotalsAndTheMarkOfIllustrativeData() throws IOException {
        Api.Response response = api().get(COVERAGE + "&format=csv");
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "coverage-2026-11-23.csv");
        List<CSVRecord> records;
        try (var reader = new InputStreamReader(new ByteArrayInputStream(response.bytes()), StandardCharsets.UTF_8)) {
            reader.read(); // the byte-order mark
            records = SpreadsheetCsv.FORMAT.parse(reader).getRecords();
        }
        assertThat(records.get(0).get(0)).isEqualTo("Dekking convenanten");
        assertThat(records.get(1).get(0)).contains("2026-11-23");
        assertThat(records.get(3).get(0)).contains("illustratief");
        assertThat(row(records, "Kennemerland")).containsExactly("Kennemerland", "in voorbereiding", "actief", "actief",
                "geen", "in voorbereiding");
        JsonNode totals = ReportKnownAnswerTests.table(api().get(COVERAGE).json(), "totals").get("rows").get(0);
        assertThat(row(records, "Drinkwater")).containsExactly("Drinkwater", totals.get("active").asString(),
                totals.get("expiring").asString(), "4", totals.get("unknown").asString(), "0", "0");
        assertThat(records.stream().filter(r -> r.get(0).endsWith(" *")).count()).isPositive();
    }

    @Test
    void xlsxHasASheetPerTableWithNumbersAsNumbers() throws IOException {
        Api.Response response = api().get(COVERAGE + "&format=xlsx&lang=en");
        assertThat(response.contentType()).contains("spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.bytes()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Covenant coverage");
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).contains("illustrative");
            Sheet totals = workbook.getSheet("National totals per sector");
            Row drinkingWater = totals.getRow(1);
            assertThat(drinkingWater.getCell(0).getStringCellValue()).isEqualTo("Drinking water");
            double sum = 0;
            for (int c = 1; c <= 5; c++) {
                sum += drinkingWater.getCell(c).getNumericCellValue();
            }
            assertThat(sum).isEqualTo(25);
            assertThat(workbook.getSheet("Regions against sectors").getPhysicalNumberOfRows()).isEqualTo(26);
        }
    }

    @Test
    void pdfsCarryTheTitleDateOriginAndFigures() throws IOException {
        Api.Response coverage = api().get(COVERAGE + "&format=pdf");
        assertThat(coverage.contentType()).isEqualTo("application/pdf");
        assertThat(coverage.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        String text = text(coverage.bytes());
        assertThat(text).contains("Dekking convenanten", "Peildatum: 2026-11-23", "illustratief", "Kennemerland",
                "in voorbereiding", "Landelijke totalen per sector", "cypher/reports/coverage.cypher");

        String national = text(api().get("/api/reports/state-of-vital-partnerships?asOf=2026-11-23&format=pdf&lang=en").bytes());
        assertThat(national).contains("State of vital partnerships", "Covenant coverage", "Action lists", "Exercises",
                "Networks", "Data quality", "Reference date: 2026-11-23", "illustrative", "127",
                "Networks per sector: with and without concrete improvement actions");

        String region = text(api().get("/api/reports/region-profile?region=VR16&asOf=2026-11-23&format=pdf").bytes());
        assertThat(region).contains("Regioprofiel", "regio VR16", "Haaglanden", "Banden met andere regio's");
    }

    @Test
    void everyReportPdfIsTaggedForAccessibility() {
        Map<String, PdfUaCheck.Structure> structures = new HashMap<>();
        for (String report : List.of("coverage", "action-items?by=network", "exercises?months=12", "networks",
                "partner-profiles?region=VR16", "region-profile?region=VR16", "data-quality",
                "state-of-vital-partnerships")) {
            byte[] pdf = api().get("/api/reports/" + report + (report.contains("?") ? "&" : "?")
                    + "asOf=2026-11-23&format=pdf").bytes();
            PdfUaCheck.Structure structure = PdfUaCheck.assertAccessible(pdf, "nl");
            assertThat(structure.types()).as(report).contains("H1", "H2", "P", "Table", "TH", "TD");
            structures.put(report, structure);
        }
        assertThat(structures.get("coverage").figureAlts()).singleElement().asString()
                .startsWith("Regio's per status, per sector. ").contains("actief ", "in voorbereiding ");
        PdfUaCheck.Structure national = PdfUaCheck.assertAccessible(api()
                .get("/api/reports/state-of-vital-partnerships?asOf=2026-11-23&format=pdf&lang=en").bytes(), "en");
        assertThat(national.types()).contains("H3", "Figure");
    }

    @Test
    void everyReportExportsInEveryFormat() {
        for (String report : List.of("coverage", "action-items?by=network", "exercises?months=12", "networks",
                "partner-profiles?region=VR16", "data-quality")) {
            for (String format : List.of("csv", "xlsx", "pdf")) {
                Api.Response response = api().get("/api/reports/" + report + (report.contains("?") ? "&" : "?")
                        + "format=" + format);
                assertThat(response.status()).as(report + " " + format).isEqualTo(200);
                assertThat(response.bytes().length).as(report + " " + format).isGreaterThan(1000);
            }
        }
    }

    private static List<String> row(List<CSVRecord> records, String first) {
        for (CSVRecord record : records) {
            if (record.get(0).replace(" *", "").equals(first)) {
                List<String> values = new ArrayList<>(record.toList());
                values.set(0, first);
                return values;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
