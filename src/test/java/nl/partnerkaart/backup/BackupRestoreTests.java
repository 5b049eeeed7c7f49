package nl.partnerkaart.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * dump of every node and relationship with its labels, type and properties, history included; and the bookkeeping
 * with it: an account made before the backup signs in, a saved query and the audit trail are there.
 */
class BackupRestoreTests {

    private static final String NODES = """
            MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
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
        List<String> audited;
        Path folder;
        // An older backup whose manifest names a folder outside the backups: pruning must delete the folder it read.
        Path victim = Files.createDirectories(original.resolveSibling(original.getFileName() + "-victim"));
        Files.writeString(victim.resolve("keep.txt"), "still here");
        Path tampered = Files.createDirectories(backups.resolve("partnerkaart-20000101-000000Z"));
        Files.writeString(tampered.resolve("manifest.json"), "{\"name\":\"../" + victim.getFileName()
                + "\",\"createdAt\":\"2000-01-01T00:00:00Z\",\"version\":\"x\",\"parts\":[]}");
        try (ConfigurableApplicationContext app = TestApplications.start(original, "partnerkaart.backup.keep=1")) {
            Api admin = admin(app);
            assertThat(admin.postFiles("/api/import", "file", Map.of("partners.csv", ("id,name,category,serves\n"
                    + "T-BACKUP-1,Back-up Partner,company,VR16\n").getBytes(StandardCharsets.UTF_8))).status())
                    .isEqualTo(200);
            assertThat(admin.postJson("/api/users", Map.of("username", "restored-editor", "password", PASSWORD,
                    "roles", List.of("EDITOR"), "regions", List.of("VR16"))).status()).isEqualTo(201);
            assertThat(admin.postJson("/api/cypher/saved", Map.of("title", "Back-up query", "description", "kept",
                    "query", "RETURN 1 AS one", "params", Map.of())).status()).isBetween(200, 201);
            audited = admin.get("/api/audit").json().findValuesAsString("action");
            assertThat(audited).contains("import");
            assertThat(admin.get("/api/backups").json()).hasSize(1);

            Api.Response created = admin.postJson("/api/backups", Map.of());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode backup = created.json();
            Driver driver = app.getBean(Driver.class);
            nodes = dump(driver, NODES);
            relationships = dump(driver, RELATIONSHIPS);

            JsonNode listed = admin.get("/api/backups").json();
            assertThat(listed).hasSize(1);
            assertThat(tampered).doesNotExist();
            assertThat(victim.resolve("keep.txt")).exists();
            assertThat(listed.get(0).get("name").asString()).isEqualTo(backup.get("name").asString());
            JsonNode graph = backup.get("parts").get(0);
            assertThat(graph.get("name").asString()).isEqualTo("graph");
            assertThat(graph.get("files").get("relationships.jsonl").asLong()).isEqualTo(relationships.size());
            assertThat(admin.get("/api/audit?action=backup").json().get(0).get("target").asString())
                    .isEqualTo(backup.get("name").asString());
            folder = backups.resolve(backup.get("name").asString());
            assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.readAllLines(folder.resolve("graph/nodes.jsonl")))
                    .anyMatch(line -> line.contains("\"Change\"") && line.contains("T-BACKUP-1"));
        }
        assertThat(nodes).anyMatch(node -> node.contains("T-BACKUP-1")).anyMatch(node -> node.contains("[Change]"));

        try (ConfigurableApplicationContext restored = TestApplications.start(TestApplications.newDataDirectory(),
                "partnerkaart.backup.restore-from=" + folder)) {
            Driver driver = restored.getBean(Driver.class);
            assertThat(dump(driver, NODES)).isEqualTo(nodes);
            assertThat(dump(driver, RELATIONSHIPS)).isEqualTo(relationships);
            int port = Integer.parseInt(restored.getEnvironment().getProperty("local.server.port"));
            assertThat(new Api(port, "restored-editor", PASSWORD).get("/api/search?q=back-up").status())
                    .isEqualTo(200);
            Api admin = admin(restored);
            assertThat(admin.get("/api/cypher/saved").json().findValuesAsString("title")).contains("Back-up query");
            assertThat(admin.get("/api/audit").json().findValuesAsString("action")).containsAll(audited);
        }

        assertThatThrownBy(() -> TestApplications.start(original, "partnerkaart.backup.restore-from=" + folder).close())
                .hasStackTraceContaining("Refusing to restore").hasStackTraceContaining("not empty");
    }

    private static final String PASSWORD = "long-enough-password";

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
