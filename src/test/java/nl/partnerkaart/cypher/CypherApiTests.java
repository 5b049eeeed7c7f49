package nl.partnerkaart.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.TestApplications;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.TestAccounts;
import nl.partnerkaart.security.UserAccounts;
import nl.partnerkaart.spreadsheet.SpreadsheetCsv;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import tools.jackson.databind.JsonNode;

class CypherApiTests extends ApplicationTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    CypherProperties properties;

    @Autowired
    Neo4jConnectionDetails database;

    @Test
    void aQueryThatGetsNoSessionGivesItsSlotBack() {
        QuerySlots slots = new QuerySlots(properties);
        WorkbenchConnections closed = new WorkbenchConnections(database, properties);
        closed.close();
        for (int i = 0; i <= properties.maxConcurrentQueriesPerUser(); i++) {
            assertThatThrownBy(() -> WorkbenchTransaction.begin(closed, slots.take("no-session"),
                    TransactionConfig.empty(), 1_000_000_000L, () -> null)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void parametersOfEveryTypeReachTheQuery() {
        JsonNode answer = run("""
                MATCH (r:SafetyRegion) WHERE r.id IN $regions
                RETURN r.id AS id, $name AS name, $number + 1 AS number, $ratio * 2 AS ratio, $flag AS flag,
                       $day + duration({days: 1}) AS nextDay, $day.year AS year, $nested.when AS nestedDate
                ORDER BY id""", Map.of("regions", List.of("VR16", "VR15"), "name", "Fryslân", "number", 41,
                "ratio", 0.25, "flag", true, "day", date("2026-11-23"),
                "nested", Map.of("when", date("2027-01-01"))));

        assertThat(answer.get("columns").toString()).isEqualTo(
                "[\"id\",\"name\",\"number\",\"ratio\",\"flag\",\"nextDay\",\"year\",\"nestedDate\"]");
        assertThat(answer.get("rowCount").asInt()).isEqualTo(2);
        JsonNode row = answer.at("/rows/0");
        assertThat(row.get(0).asString()).isEqualTo("VR15");
        assertThat(row.get(1).asString()).isEqualTo("Fryslân");
        assertThat(row.get(2).asLong()).isEqualTo(42L);
        assertThat(row.get(3).asDouble()).isEqualTo(0.5);
        assertThat(row.get(4).asBoolean()).isTrue();
        assertThat(row.get(5).asString()).isEqualTo("2026-11-24");
        assertThat(row.get(6).asLong()).isEqualTo(2026L);
        assertThat(row.get(7).asString()).isEqualTo("2027-01-01");
        assertThat(answer.get("truncated").asBoolean()).isFalse();
        assertThat(answer.get("elapsedMs").asLong()).isNotNegative();
    }

    @Test
    void badParametersAreRefusedWithTheFieldAtFault() {
        Api.Response badDate = api().postJson("/api/cypher", Map.of("query", "RETURN $d",
                "params", Map.of("d", Map.of("type", "date", "value", "23 november"))));
        Api.Response missing = api().postJson("/api/cypher", Map.of("query", "RETURN $absent AS x"));

        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("field").asString()).isEqualTo("params.d");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("reason").asString()).isEqualTo("missing-parameter");
    }

    @Test
    void theRowCapCutsTheAnswerAndSaysSo() {
        JsonNode capped = api().postJson("/api/cypher", Map.of("query", "UNWIND range(1, 50) AS i RETURN i",
                "rowCap", 10)).json();
        JsonNode byDefault = run("UNWIND range(1, 1500) AS i RETURN i", Map.of());
        JsonNode exact = api().postJson("/api/cypher", Map.of("query", "UNWIND range(1, 10) AS i RETURN i",
                "rowCap", 10)).json();
        Api.Response tooMany = api().postJson("/api/cypher", Map.of("query", "RETURN 1", "rowCap", 10_001));

        assertThat(capped.get("rowCount").asInt()).isEqualTo(10);
        assertThat(capped.get("rows").size()).isEqualTo(10);
        assertThat(capped.get("truncated").asBoolean()).isTrue();
        assertThat(capped.get("rowCap").asInt()).isEqualTo(10);
        assertThat(capped.at("/graph/truncated").asBoolean()).isTrue();
        assertThat(byDefault.get("rowCount").asInt()).isEqualTo(1000);
        assertThat(byDefault.get("truncated").asBoolean()).isTrue();
        assertThat(exact.get("truncated").asBoolean()).isFalse();
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("field").asString()).isEqualTo("rowCap");
    }

    @Test
    void nodesRelationshipsAndPathsFormTheGraphAndAreCompactInTheRows() {
        JsonNode answer = run("""
                MATCH path = (p:Partner {id: 'P-VITENS'})-[s:SERVES]->(r:SafetyRegion)
                RETURN p, s, r, path ORDER BY r.id""", Map.of());

        assertThat(answer.get("rowCount").asInt()).isEqualTo(10);
        JsonNode row = answer.at("/rows/0");
        assertThat(row.get(0).get("kind").asString()).isEqualTo("node");
        assertThat(row.get(0).get("id").asString()).isEqualTo("P-VITENS");
        assertThat(row.get(0).get("labels").toString()).isEqualTo("[\"Partner\"]");
        assertThat(row.get(1).get("kind").asString()).isEqualTo("relationship");
        assertThat(row.get(1).get("source").asString()).isEqualTo("P-VITENS");
        assertThat(row.get(1).get("target").asString()).isEqualTo("VR02");
        assertThat(row.get(3).get("text").asString()).isEqualTo("(P-VITENS)-[:SERVES]->(VR02)");
        JsonNode graph = answer.get("graph");
        assertThat(graph.get("nodes").size()).isEqualTo(11);
        assertThat(graph.get("edges").size()).isEqualTo(10);
        assertThat(graph.at("/edges/0/id").asString()).isEqualTo("P-VITENS|SERVES|VR02");
        assertThat(graph.at("/nodes/0/properties/name").asString()).isEqualTo("Vitens");
    }

    @Test
    void aTrailingSemicolonAndSemicolonsInStringsOrCommentsAreFine() {
        JsonNode answer = run("""
                // a comment; with a semicolon
                WITH {x: 1} AS `odd;name`
                RETURN 'a;b' AS text, `odd;name`.x AS y /* c;d */ ;
                """, Map.of());

        assertThat(answer.at("/rows/0/0").asString()).isEqualTo("a;b");
        assertThat(answer.at("/rows/0/1").asLong()).isEqualTo(1L);
    }

    @Test
    void schemaProceduresOnTheAllowListRun() {
        JsonNode labels = run("CALL db.labels() YIELD label RETURN label ORDER BY label", Map.of());
        JsonNode search = run("""
                CALL db.index.fulltext.queryNodes('node_search', $q) YIELD node RETURN node.id AS id LIMIT 5""",
                Map.of("q", "fryslan"));

        assertThat(labels.get("rows").toString()).contains("SafetyRegion");
        assertThat(search.get("rows").toString()).contains("VR02");
    }

    @Test
    void everyQueryIsAuditedRunOrRefused() {
        String marker = "audit-" + UUID.randomUUID();
        run("// " + marker + " ok\nRETURN 1 AS one", Map.of());
        api().postJson("/api/cypher", Map.of("query", "// " + marker + " refused\nCREATE (:Hacked)"));

        List<JsonNode> entries = StreamSupport.stream(api().get("/api/audit?action=cypher&limit=20").json().spliterator(), false)
                .filter(e -> e.get("target").asString().contains(marker)).toList();

        assertThat(entries).hasSize(2);
        JsonNode refused = entries.get(0);
        JsonNode ok = entries.get(1);
        assertThat(refused.get("outcome").asString()).isEqualTo("refused");
        assertThat(refused.get("details").asString()).contains("reason=write");
        assertThat(refused.get("user").asString()).isEqualTo("admin");
        assertThat(ok.get("outcome").asString()).isEqualTo("ok");
        assertThat(ok.get("details").asString()).contains("rows=1").containsPattern("ms=\\d+");
        assertThat(ok.get("action").asString()).isEqualTo("cypher.run");
        assertThat(ok.get("at").asString()).startsWith("20");
    }

    @Test
    void theSchemaListsThePublicModelWithCounts() {
        JsonNode schema = api().get("/api/cypher/schema").json();

        assertThat(count(schema.get("labels"), "SafetyRegion")).isEqualTo(25);
        assertThat(count(schema.get("labels"), "Municipality")).isEqualTo(342);
        assertThat(count(schema.get("relationshipTypes"), "SERVES")).isPositive();
        assertThat(count(schema.get("propertyKeys"), "name")).isPositive();
        assertThat(schema.toString()).doesNotContain("UserAccount", "AuditEntry", "SavedQuery", "passwordHash",
                "__Neo4jMigration");
    }

    @Test
    void csvExportHasABomAndNeutralisesFormulas() throws IOException {
        Api.Response response = api().postJson("/api/cypher/export?format=csv", Map.of("query", """
                RETURN '=HYPERLINK("http://evil")' AS formula, '+31 71' AS plus, '-1' AS minus, '@SUM(A1)' AS at,
                       -5 AS negative, 'Fryslân' AS name, ['a', 'b'] AS list"""));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] body = response.bytes();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = SpreadsheetCsv.FORMAT.parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).toList()).containsExactly("formula", "plus", "minus", "at", "negative", "name", "list");
        assertThat(records.get(1).toList()).containsExactly("'=HYPERLINK(\"http://evil\")", "'+31 71", "'-1",
                "'@SUM(A1)", "-5", "Fryslân", "[\"a\",\"b\"]");
    }

    @Test
    void xlsxExportCanBeReadBackWithFormulasNeutralised() throws IOException {
        Api.Response response = api().postJson("/api/cypher/export?format=xlsx", Map.of("query", """
                MATCH (r:SafetyRegion {id: 'VR16'})
                RETURN r AS region, r.id AS id, '=1+1' AS formula, 42 AS answer"""));

        assertThat(response.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("region");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Hollands Midden (VR16)");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("VR16");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'=1+1");
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(42.0);
        }
    }

    @Test
    void exportsAreAsSafeAsRunsAndCheckTheFormat() {
        Api.Response write = api().postJson("/api/cypher/export?format=csv", Map.of("query", "CREATE (:Hacked)"));
        Api.Response format = api().postJson("/api/cypher/export?format=pdf", Map.of("query", "RETURN 1"));

        assertThat(write.status()).isEqualTo(400);
        assertThat(single("MATCH (h:Hacked) RETURN count(h)")).isEqualTo(0L);
        assertThat(format.status()).isEqualTo(400);
    }

    @Test
    void onlyAnalystsUseTheWorkbenchAndOnlyAdminsReadTheAudit() {
        Api viewer = TestAccounts.named("workbench-viewer", Role.VIEWER, accounts, port);
        Api analyst = TestAccounts.named("workbench-analyst", Role.ANALYST, accounts, port);
        Map<String, Object> query = Map.of("query", "RETURN 1 AS one");

        assertThat(anonymous().postJson("/api/cypher", query).status()).isEqualTo(401);
        assertThat(anonymous().get("/api/cypher/queries").status()).isEqualTo(401);
        assertThat(viewer.postJson("/api/cypher", query).status()).isEqualTo(403);
        assertThat(viewer.get("/api/cypher/schema").status()).isEqualTo(403);
        assertThat(viewer.get("/api/cypher/queries").status()).isEqualTo(403);
        assertThat(viewer.get("/api/cypher/saved").status()).isEqualTo(403);
        assertThat(viewer.postJson("/api/cypher/export?format=csv", query).status()).isEqualTo(403);
        assertThat(analyst.postJson("/api/cypher", query).status()).isEqualTo(200);
        assertThat(analyst.get("/api/audit?action=cypher").status()).isEqualTo(403);
    }

    private JsonNode run(String query, Map<String, Object> params) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("params", params);
        Api.Response response = api().postJson("/api/cypher", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, String> date(String iso) {
        return Map.of("type", "date", "value", iso);
    }

    private static long count(JsonNode entries, String name) {
        return StreamSupport.stream(entries.spliterator(), false).filter(e -> e.get("name").asString().equals(name))
                .findFirst().map(e -> e.get("count").asLong()).orElse(-1L);
    }


}
