package nl.partnerkaart.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.model.Kinds;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Export in every format, templates, and the round trip export → import that changes nothing. */
class ExportApiTests extends ApplicationTest {

    @AfterEach
    void removeTestNodes() {
        deleteNodesWithIdPrefix("T-X");
        deleteChangesOf("T-X");
    }

    private void importTestData() {
        Api.Response response = api().postFiles("/api/import", "file", Map.of("partners.csv", ("""
                id;name;category;serves;synonyms
                T-X-1;'=cmd|' /C calc'!A0;company;VR16;"Quote's ""test""|tab\tin"
                T-X-2;Partner elders;company;VR15;
                """).getBytes(StandardCharsets.UTF_8)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** Every kind unchanged and no relationship created or removed: the import would change nothing. */
    private static void assertChangesNothing(Api.Response dryRun) {
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        JsonNode report = dryRun.json();
        assertThat(report.get("relationshipsCreated").asLong()).isZero();
        assertThat(report.get("relationshipsDeleted").asLong()).isZero();
        assertThat(report.get("kinds").size()).isEqualTo(Kinds.ALL.size());
        for (JsonNode kind : report.get("kinds")) {
            assertThat(kind.get("created").asInt() + kind.get("updated").asInt()).as(kind.toString()).isZero();
            assertThat(kind.get("unchanged").asInt()).as(kind.toString()).isEqualTo(kind.get("rows").asInt());
        }
    }

    @Test
    void theCsvExportIsAZipOfTheImportLayoutAndImportingItBackChangesNothing() {
        importTestData();
        Api.Response export = api().get("/api/export?format=csv");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains(".zip");
        Map<String, byte[]> files = Workbooks.unzip(export.bytes());
        assertThat(files.keySet()).containsExactlyElementsOf(Kinds.names().stream().map(k -> k + ".csv").toList());
        String partners = new String(files.get("partners.csv"), StandardCharsets.UTF_8);
        assertThat(partners).startsWith("\uFEFF\"id\";\"name\";\"category\"")
                .contains("\"T-X-1\";\"'=cmd|' /C calc'!A0\";");

        assertChangesNothing(api().postFiles("/api/import?dryRun=true", "file", Map.of("export.zip", export.bytes())));
    }

    @Test
    void theXlsxExportHasASheetPerKindAndImportingItBackChangesNothing() throws Exception {
        importTestData();
        Api.Response export = api().get("/api/export?format=xlsx");

        assertThat(export.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(Kinds.ALL.size());
            assertThat(workbook.getSheet("partners").getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
        }
        assertChangesNothing(api().postFiles("/api/import?dryRun=true", "file", Map.of("export.xlsx", export.bytes())));
        assertThat(single("MATCH (p:Partner {id: 'T-X-1'}) RETURN p.name")).isEqualTo("=cmd|' /C calc'!A0");
    }

    @Test
    void anExportCanBeLimitedToKindsAndARegion() {
        importTestData();
        Api.Response export = api().get("/api/export?format=csv&kind=partners&region=VR16");

        Map<String, byte[]> files = Workbooks.unzip(export.bytes());
        assertThat(files.keySet()).containsExactly("partners.csv");
        String partners = new String(files.get("partners.csv"), StandardCharsets.UTF_8);
        assertThat(partners).contains("\"T-X-1\";").doesNotContain("\"T-X-2\";");
        assertThat(api().get("/api/export?format=pdf").status()).isEqualTo(400);
        assertThat(api().get("/api/export?kind=bakeries").json().get("field").asString()).isEqualTo("kind");
        assertThat(api().get("/api/export?region=VR99").status()).isEqualTo(400);
    }

    @Test
    void theCypherScriptQuotesEveryValueSafelyAndRecreatesTheNodes() {
        importTestData();
        String script = api().get("/api/export?format=cypher&kind=partners&region=VR16").body();

        assertThat(script).contains("MERGE (n:`Partner` {id: row.id}) SET n += row.props")
                .contains("'=cmd|\\' /C calc\\'!A0'").contains("MERGE (a)-[r:`SERVES`]->(b)");
        deleteNodesWithIdPrefix("T-X");
        try (var session = driver.session()) {
            for (String statement : script.split(";\n")) {
                if (!statement.lines().allMatch(l -> l.isBlank() || l.startsWith("//"))) {
                    session.run(statement).consume();
                }
            }
        }
        assertThat(single("MATCH (p:Partner {id: 'T-X-1'})-[:SERVES]->(r:SafetyRegion) "
                + "RETURN p.name + ' ' + r.id + ' ' + p.synonyms[0]")).isEqualTo("=cmd|' /C calc'!A0 VR16 Quote's \"test\"");
    }

    @Test
    void templatesGiveTheColumnsOfEveryKind() throws Exception {
        Api.Response csv = api().get("/api/import/templates/covenant-parties");
        Api.Response workbook = api().get("/api/import/templates");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo("\uFEFF\"party\";\"covenant\";\"role\";\"signatory\";\"joined\";\"origin\";\"verification\";\"source\"\r\n");
        assertThat(api().get("/api/import/templates/bakeries").status()).isEqualTo(404);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.bytes()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(Kinds.ALL.size());
            assertThat(book.getSheet("partners").getRow(0).getCell(3).getStringCellValue()).isEqualTo("scope");
        }
        assertThat(List.of(csv.contentType(), workbook.contentType())).allSatisfy(t -> assertThat(t).isNotBlank());
    }

    @Test
    void theKindsOfAnImportAreListedInLoadOrder() throws Exception {
        Api.Response kinds = api().get("/api/import/kinds");

        assertThat(kinds.status()).isEqualTo(200);
        assertThat(kinds.body()).startsWith("[\"sources\",\"sectors\",\"regions\",").endsWith(",\"asset-dependencies\"]");
    }
}
