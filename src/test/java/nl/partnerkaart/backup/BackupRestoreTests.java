package nl.partnerkaart.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.partnerkaart.Api;
import nl.partnerkaart.TestApplications;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Back up, wipe (a fresh installation on a new data directory), restore, and find everything identical: a canonical
 * dump of every node and relationship with its labels, type and properties, history included. Audit entries are
 * left out of the comparison only because the backup itself writes one, after it has read the graph.
 */
class BackupRestoreTests {

    private static final String NODES = """
            MATCH (n) WHERE NOT n:AuditEntry AND NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
            RETURN labels(n) AS labels, properties(n) AS properties""";
    private static final String RELATIONSHIPS = """
            MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) + labels(b) WHERE l STARTS WITH '__Neo4jMigration')
            RETURN labels(a) AS fromLabels, properties(a) AS from, type(r) AS type, properties(r) AS properties,
                   labels(b) AS toLabels, properties(b) AS to""";

    @Test
    void aBackupRestoredIntoAFreshInstallationHoldsEverythingThatWasBackedUp() throws Exception {
        Path original = TestApplications.newDataDirectory();
        Path backups = original.resolveSibling(original.getFileName() + "-backups");
        List<String> nodes;
        List<String> relationships;
        Path folder;
        try (ConfigurableApplicationContext app = TestApplications.start(original)) {
            Api admin = admin(app);
            assertThat(admin.postFiles("/api/import", "file", Map.of("partners.csv", ("id,name,category,serves\n"
                    + "T-BACKUP-1,Back-up Partner,company,VR16\n").getBytes(StandardCharsets.UTF_8))).status())
                    .isEqualTo(200);
            assertThat(admin.get("/api/backups").json()).isEmpty();

            Api.Response created = admin.postJson("/api/backups", Map.of());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode backup = created.json();
            Driver driver = app.getBean(Driver.class);
            nodes = dump(driver, NODES);
            relationships = dump(driver, RELATIONSHIPS);

            JsonNode listed = admin.get("/api/backups").json();
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).get("name").asString()).isEqualTo(backup.get("name").asString());
            JsonNode graph = backup.get("parts").get(0);
            assertThat(graph.get("name").asString()).isEqualTo("graph");
            assertThat(graph.get("files").get("relationships.jsonl").asLong()).isEqualTo(relationships.size());
            assertThat(admin.get("/api/audit?action=backup").json().get(0).get("target").asString())
                    .isEqualTo(backup.get("name").asString());
            folder = backups.resolve(backup.get("name").asString());
            assertThat(Files.readAllLines(folder.resolve("graph/nodes.jsonl")))
                    .anyMatch(line -> line.contains("\"Change\"") && line.contains("T-BACKUP-1"));
        }
        assertThat(nodes).anyMatch(node -> node.contains("T-BACKUP-1")).anyMatch(node -> node.contains("[Change]"));

        try (ConfigurableApplicationContext restored = TestApplications.start(TestApplications.newDataDirectory(),
                "partnerkaart.backup.restore-from=" + folder)) {
            Driver driver = restored.getBean(Driver.class);
            assertThat(dump(driver, NODES)).isEqualTo(nodes);
            assertThat(dump(driver, RELATIONSHIPS)).isEqualTo(relationships);
        }

        assertThatThrownBy(() -> TestApplications.start(original, "partnerkaart.backup.restore-from=" + folder).close())
                .hasStackTraceContaining("Refusing to restore").hasStackTraceContaining("not empty");
    }

    private static Api admin(ConfigurableApplicationContext app) {
        return new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), "admin",
                TestApplications.ADMIN_PASSWORD);
    }

    /** Every row as text with its maps' keys sorted, the rows sorted: equal graphs give equal dumps. */
    private static List<String> dump(Driver driver, String query) {
        try (var session = driver.session()) {
            List<String> rows = new ArrayList<>(session.executeRead(tx -> tx.run(query)
                    .list(r -> r.values().stream().map(BackupRestoreTests::canonical).toList().toString())));
            rows.sort(null);
            return rows;
        }
    }

    private static Object canonical(Value value) {
        Object object = value.asObject();
        if (object instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put((String) k, v instanceof byte[] bytes ? List.of(bytes) : v));
            return sorted;
        }
        return object;
    }
}
