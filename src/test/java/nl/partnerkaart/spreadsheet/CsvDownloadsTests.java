package nl.partnerkaart.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every CSV download (a report, a workbench result, the audit trail, the knowledge base export, an explorer
 * selection) carries a hostile text that Dutch Excel would split on {@code ;} into a formula; read back as a
 * spreadsheet would (split on {@code ,} or on {@code ;}, with quotes honoured or ignored), no cell is a formula
 * (issue 21, finding 7), and the knowledge base export still imports back to the same text.
 */
class CsvDownloadsTests extends ApplicationTest {

    private static final String PAYLOAD = "x;=cmd|' /C calc'!A0";
    private static final String P = "T-CSV-";

    @AfterEach
    void removeTestData() {
        deleteNodesWithIdPrefix(P);
        deleteChangesOf(P);
    }

    @Test
    void aReport() {
        created(api().postJson("/api/items/networks", Map.of("id", P + "N", "name", PAYLOAD,
                "focusesOn", List.of("drinking-water"))));
        assertThat(api().postJson("/api/relationships/memberships", Map.of("member", "VR16", "network", P + "N",
                "host", true)).status()).isEqualTo(200);

        assertNoFormulaAnywhere(api().get("/api/reports/networks?asOf=2026-11-23&format=csv").bytes());
    }

    @Test
    void aWorkbenchResult() {
        Api.Response result = api().postJson("/api/cypher/export?format=csv",
                Map.of("query", "RETURN $text AS text, [$text] AS list", "params", Map.of("text", PAYLOAD)));

        assertNoFormulaAnywhere(result.bytes());
    }

    @Test
    void theAuditTrailOfAFailedSignIn() {
        assertThat(new Api(port, PAYLOAD, "not the password").get("/api/overview").status()).isEqualTo(401);

        assertNoFormulaAnywhere(api().get("/api/audit?format=csv&action=login.failure").bytes());
    }

    @Test
    void theKnowledgeBaseExportWhichImportsBackToTheSameText() {
        created(api().postJson("/api/items/partners", Map.of("id", P + "P", "name", PAYLOAD, "category", "company",
                "serves", List.of("VR16"), "synonyms", List.of("a, -b", "'=c"))));
        byte[] partners = unzip(api().get("/api/export?format=csv&kind=partners&region=VR16").bytes())
                .get("partners.csv");
        assertNoFormulaAnywhere(partners);

        deleteNodesWithIdPrefix(P);
        Api.Response imported = api().postFiles("/api/import", "file", Map.of("partners.csv", partners));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(single("MATCH (p:Partner {id: '" + P + "P'}) RETURN [p.name] + p.synonyms"))
                .isEqualTo(List.of(PAYLOAD, "a, -b", "'=c"));
    }

    @Test
    void anExplorerSelection() {
        Api.Response csv = api().postJson("/api/csv", Map.of("rows", List.of(List.of("kind", "id", "name"),
                List.of("node", P + "X", PAYLOAD))));
        Api.Response nested = api().postJson("/api/csv", Map.of("rows", List.of(List.of(List.of(PAYLOAD)))));

        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertNoFormulaAnywhere(csv.bytes());
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.json().get("field").asString()).isEqualTo("rows");
    }

    /** Read as every spreadsheet might: the payload is there, and no cell starts like a formula. */
    private static void assertNoFormulaAnywhere(byte[] csv) {
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("cmd|");
        for (char delimiter : List.of(',', ';')) {
            for (boolean quotes : List.of(true, false)) {
                CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setQuote(quotes ? '"' : null)
                        .setTrailingData(true).setLenientEof(true).get();
                for (String cell : cells(format, text)) {
                    assertThat(startsAFormula(cell)).as("cell %s, split on %s, quotes %s", cell, delimiter, quotes)
                            .isFalse();
                }
            }
        }
    }

    private static List<String> cells(CSVFormat format, String text) {
        try {
            return format.parse(new StringReader(text)).getRecords().stream().flatMap(CSVRecord::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A spreadsheet skips leading spaces and quotes; a plain number such as -5 is a value, not a formula. */
    private static boolean startsAFormula(String cell) {
        String start = cell.replaceFirst("^[\\s\"]+", "");
        return !start.isEmpty() && "=+-@\t\r".indexOf(start.charAt(0)) >= 0
                && !start.matches("[+-]\\d+(\\.\\d+)?\"*\\s*");
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
