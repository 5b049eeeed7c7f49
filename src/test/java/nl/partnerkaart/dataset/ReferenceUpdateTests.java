package nl.partnerkaart.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.OwnApplication;
import nl.partnerkaart.TestApplications;
import nl.partnerkaart.importer.ImportProgress;
import nl.partnerkaart.importer.Importer;
import nl.partnerkaart.importer.CsvTables;
import nl.partnerkaart.importer.RawTable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A newer reference version over a knowledge base in use: public facts nobody touched follow the reference, with
 * history; what people changed stays, and the difference waits for an editor.
 */
class ReferenceUpdateTests {

    private static final String[] PARTNERS = {"P-TENNET", "P-POLITIE-LE", "P-POLITIE-NOORD-NEDERLAND"};

    @Test
    void aNewerVersionUpdatesUntouchedFactsAndHoldsBackWhatPeopleChanged() throws Exception {
        Path data = TestApplications.newDataDirectory();
        String source;
        try (OwnApplication app = OwnApplication.start(data, "partnerkaart.dataset.examples=false")) {
            source = app.single("MATCH (s:Source)-[:MENTIONS]->(:Partner {id: 'P-TENNET'}) RETURN s.id LIMIT 1");
            Importer importer = app.bean(Importer.class);
            String edits = "id,name,category,website,origin,source\n"
                    + "P-TENNET,TenneT,grid-operator,https://example.org/person/tennet,public," + source + "\n"
                    + "P-POLITIE-LE,Politie Landelijke Eenheid,police,https://example.org/person/le,public," + source
                    + "\n";
            assertThat(importer.run(List.of(CsvTables.read("partners.csv", "partners",
                            new java.io.ByteArrayInputStream(edits.getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
                    new Importer.Request("T-person", null, false), ImportProgress.ignored()).problems()).isEmpty();
        }
        Path reference = Files.createDirectories(data.resolveSibling(data.getFileName() + "-v2").resolve("reference"));
        Files.writeString(reference.resolve("VERSION"), "2099-01-01\n");
        StringBuilder partners = new StringBuilder("id,name,category,website,origin,verification,source\n");
        for (String id : PARTNERS) {
            partners.append(id).append(',').append(name(id)).append(",other,https://example.org/reference/").append(id)
                    .append(",public,verified,").append(source).append('\n');
        }
        partners.append("P-T-NEW,Nieuwe partner,other,,public,verified,").append(source).append('\n');
        Files.writeString(reference.resolve("partners.csv"), partners);
        String v2 = "partnerkaart.dataset.location=file:" + reference.getParent() + "/";

        try (OwnApplication app = OwnApplication.start(data, v2)) {
            assertThat(website(app, "P-POLITIE-NOORD-NEDERLAND")).isEqualTo("https://example.org/reference/"
                    + "P-POLITIE-NOORD-NEDERLAND");
            assertThat(app.single("MATCH (p:Partner {id: 'P-T-NEW'}) RETURN p.verification")).isEqualTo("verified");
            assertThat(app.single("MATCH (c:Change {itemId: 'P-POLITIE-NOORD-NEDERLAND', via: 'reference'}) "
                    + "RETURN c.user")).isEqualTo("partnerkaart");
            assertThat(website(app, "P-TENNET")).isEqualTo("https://example.org/person/tennet");
            assertThat(website(app, "P-POLITIE-LE")).isEqualTo("https://example.org/person/le");

            Api editor = app.admin();
            JsonNode state = editor.get("/api/dataset/reference").json();
            assertThat(state.get("shipped").asText()).isEqualTo("2099-01-01");
            assertThat(state.get("applied").asText()).isEqualTo("2099-01-01");
            assertThat(state.get("differences")).hasSize(2);
            JsonNode tennet = difference(state, "P-TENNET");
            assertThat(tennet.at("/current/website").asText()).isEqualTo("https://example.org/person/tennet");
            assertThat(tennet.at("/reference/website").asText()).isEqualTo("https://example.org/reference/P-TENNET");

            assertThat(editor.postJson("/api/dataset/reference/differences/" + tennet.get("id").asText(),
                    Map.of("decision", "reference")).status()).isEqualTo(204);
            assertThat(editor.postJson("/api/dataset/reference/differences/"
                    + difference(state, "P-POLITIE-LE").get("id").asText(), Map.of("decision", "keep")).status())
                    .isEqualTo(204);
            assertThat(editor.postJson("/api/dataset/reference/differences/" + tennet.get("id").asText(),
                    Map.of("decision", "keep")).status()).isEqualTo(404);
            assertThat(editor.postJson("/api/dataset/reference/differences/x", Map.of("decision", "maybe"))
                    .json().get("field").asText()).isEqualTo("decision");

            assertThat(website(app, "P-TENNET")).isEqualTo("https://example.org/reference/P-TENNET");
            assertThat(website(app, "P-POLITIE-LE")).isEqualTo("https://example.org/person/le");
            assertThat(editor.get("/api/dataset/reference").json().get("differences")).isEmpty();
        }

        try (OwnApplication app = OwnApplication.start(data, v2)) {
            assertThat(app.single("MATCH (v:ReferenceVersion {version: '2099-01-01'}) RETURN toString(count(v))"))
                    .as("the same version is applied once").isEqualTo("1");
        }
    }

    @Test
    void aFactTheNewVersionWithdrawsGoesWithHistoryUnlessOwnItemsRestOnIt() throws Exception {
        Path data = TestApplications.newDataDirectory();
        try (OwnApplication app = OwnApplication.start(data, "partnerkaart.dataset.examples=false")) {
            String covenant = "id,name,kind,status,origin\nT-OWN-C,Eigen convenant hulpverlening,covenant,draft,user\n";
            String party = "party,covenant,role,signatory,origin\nP-RODE-KRUIS,T-OWN-C,partner,false,user\n";
            assertThat(app.bean(Importer.class).run(List.of(table("covenants", covenant),
                            table("covenant-parties", party)), new Importer.Request("T-person", null, false),
                    ImportProgress.ignored()).problems()).isEmpty();
        }
        Path reference = Files.createDirectories(data.resolveSibling(data.getFileName() + "-v3").resolve("reference"));
        try (var files = Files.list(Path.of("dataset", "reference"))) {
            for (Path file : files.toList()) {
                Files.copy(file, reference.resolve(file.getFileName()));
            }
        }
        Files.writeString(reference.resolve("VERSION"), "2099-01-01\n");
        List<String> partners = Files.readAllLines(reference.resolve("partners.csv")).stream()
                .filter(line -> !line.startsWith("P-KNRM,") && !line.startsWith("P-RODE-KRUIS,")).toList();
        Files.write(reference.resolve("partners.csv"), partners);

        try (OwnApplication app = OwnApplication.start(data, "partnerkaart.dataset.location=file:"
                + reference.getParent() + "/")) {
            assertThat(app.single("MATCH (p:Partner {id: 'P-KNRM'}) RETURN toString(count(p))")).isEqualTo("0");
            assertThat(app.single("MATCH (c:Change {itemId: 'P-KNRM', action: 'delete', via: 'reference'}) "
                    + "RETURN c.user")).as("the withdrawal is in the history").isEqualTo("partnerkaart");
            assertThat(app.single("MATCH (p:Partner {id: 'P-RODE-KRUIS'}) RETURN p.name"))
                    .as("an own covenant rests on it").isEqualTo("Nederlandse Rode Kruis");

            Api editor = app.admin();
            JsonNode withdrawn = difference(editor.get("/api/dataset/reference").json(), "P-RODE-KRUIS");
            assertThat(withdrawn.get("reference").isNull()).isTrue();
            assertThat(withdrawn.at("/current/name").asText()).isEqualTo("Nederlandse Rode Kruis");
            String decision = "/api/dataset/reference/differences/" + withdrawn.get("id").asText();
            assertThat(editor.postJson(decision, Map.of("decision", "reference")).json().get("code").asText())
                    .isEqualTo("reference.inUse");
            assertThat(editor.postJson(decision, Map.of("decision", "keep")).status()).isEqualTo(204);
            assertThat(app.single("MATCH (:Partner {id: 'P-RODE-KRUIS'})-[r:PARTY_TO]->(:Covenant {id: 'T-OWN-C'}) "
                    + "RETURN r.origin")).isEqualTo("user");
        }
    }

    private static RawTable table(String kind, String csv) throws java.io.IOException {
        return CsvTables.read(kind + ".csv", kind, new java.io.ByteArrayInputStream(
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String name(String id) {
        return switch (id) {
            case "P-TENNET" -> "TenneT";
            case "P-POLITIE-LE" -> "Politie Landelijke Eenheid";
            default -> "Politie eenheid Noord-Nederland";
        };
    }

    private static JsonNode difference(JsonNode state, String itemId) {
        for (JsonNode difference : state.get("differences")) {
            if (difference.get("itemId").asText().equals(itemId)) {
                return difference;
            }
        }
        throw new AssertionError("no difference for " + itemId + " in " + state);
    }

    private static String website(OwnApplication app, String id) {
        return app.single("MATCH (p:Partner {id: '" + id + "'}) RETURN p.website");
    }
}
