package nl.partnerkaart.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.TestApplications;
import nl.partnerkaart.importer.ImportProgress;
import nl.partnerkaart.importer.Importer;
import nl.partnerkaart.importer.CsvTables;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;
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
        try (ConfigurableApplicationContext app = TestApplications.start(data, "partnerkaart.dataset.examples=false")) {
            source = query(app, "MATCH (s:Source)-[:MENTIONS]->(:Partner {id: 'P-TENNET'}) RETURN s.id LIMIT 1");
            Importer importer = app.getBean(Importer.class);
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

        try (ConfigurableApplicationContext app = TestApplications.start(data, v2)) {
            assertThat(website(app, "P-POLITIE-NOORD-NEDERLAND")).isEqualTo("https://example.org/reference/"
                    + "P-POLITIE-NOORD-NEDERLAND");
            assertThat(query(app, "MATCH (p:Partner {id: 'P-T-NEW'}) RETURN p.verification")).isEqualTo("verified");
            assertThat(query(app, "MATCH (c:Change {itemId: 'P-POLITIE-NOORD-NEDERLAND', via: 'reference'}) "
                    + "RETURN c.user")).isEqualTo("partnerkaart");
            assertThat(website(app, "P-TENNET")).isEqualTo("https://example.org/person/tennet");
            assertThat(website(app, "P-POLITIE-LE")).isEqualTo("https://example.org/person/le");

            Api editor = new Api(port(app), "admin", TestApplications.ADMIN_PASSWORD);
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

        try (ConfigurableApplicationContext app = TestApplications.start(data, v2)) {
            assertThat(query(app, "MATCH (v:ReferenceVersion {version: '2099-01-01'}) RETURN toString(count(v))"))
                    .as("the same version is applied once").isEqualTo("1");
        }
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

    private static String website(ConfigurableApplicationContext app, String id) {
        return query(app, "MATCH (p:Partner {id: '" + id + "'}) RETURN p.website");
    }

    private static String query(ConfigurableApplicationContext app, String query) {
        try (var session = app.getBean(Driver.class).session()) {
            return session.run(query).single().get(0).asString(null);
        }
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }
}
