package nl.partnerkaart.bookkeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.TestApplications;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import tools.jackson.databind.JsonNode;

/**
 * An installation of an older version, whose accounts, audit trail, saved queries, scenes and report schedules are
 * nodes in the graph (made here with the Cypher the old code used), starts on this version with a reset of the data
 * set: everything is in the bookkeeping store and usable, nothing of it is left in the graph, its constraints are
 * gone, and the reset replaced the graph without touching any of it.
 */
class MovedOutOfGraphTests {

    private static final String PASSWORD = "old-password-from-before";
    private static final String UNMOVABLE = "old-without-password";
    private static final List<String> OLD_LABELS = List.of("UserAccount", "AuditEntry", "SavedQuery", "Scene",
            "ReportSchedule");

    @Test
    void anOldInstallationKeepsItsAccountsAuditAndSavedItems() throws IOException {
        Path directory = TestApplications.newDataDirectory();
        // The graph's schema as the previous version left it: V001 to V011.
        try (ConfigurableApplicationContext old = TestApplications.start(directory,
                "partnerkaart.migrations.location=file:" + migrationsBefore(12),
                "partnerkaart.dataset.load-on-start=false")) {
            writeOldNodes(old.getBean(Driver.class));
            try (var session = old.getBean(Driver.class).session()) {
                session.run("CREATE (:Partner {id: 'P-NOT-IN-THE-DATA-SET', name: 'weg na een reset', origin: 'user'})")
                        .consume();
            }
            // A start that crashed after copying this entry, before deleting its node from the graph
            old.getBean(JdbcClient.class).sql("""
                    INSERT INTO audit_entry (id, recorded_at, user_name, action, outcome, details)
                    VALUES ('old-audit-2', CURRENT_TIMESTAMP, 'old-analyst', 'query', 'success', 'copied before a crash')
                    """).update();
        }

        try (ConfigurableApplicationContext app = TestApplications.start(directory,
                "partnerkaart.dataset.reset=true")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            Api oldAnalyst = new Api(port, "old-analyst", PASSWORD);
            Api admin = new Api(port, "admin", TestApplications.ADMIN_PASSWORD);

            JsonNode me = oldAnalyst.get("/api/session/me").json();
            assertThat(me.get("username").asString()).isEqualTo("old-analyst");
            assertThat(admin.get("/api/audit?user=old-analyst").json().findValuesAsString("details"))
                    .contains("signed in before the upgrade", "copied before a crash");
            assertThat(oldAnalyst.get("/api/cypher/saved").json().findValuesAsString("query"))
                    .containsExactly("MATCH (r:SafetyRegion) RETURN r.name");
            assertThat(oldAnalyst.get("/api/scenes/old-scene-1").json().get("name").asString()).isEqualTo("Oude scène");
            assertThat(admin.get("/api/reports/schedules").json().findValuesAsString("id")).contains("old-schedule-1");
            assertThat(admin.get("/api/reports/schedules").json().get(0).get("recipients").get(0).asString())
                    .isEqualTo("risico@example.org");

            try (var session = app.getBean(Driver.class).session()) {
                assertThat(session.run("MATCH (p:Partner) RETURN count(p) > 0 AS loaded, "
                        + "COUNT { (:Partner {id: 'P-NOT-IN-THE-DATA-SET'}) } AS gone").single().asMap())
                        .isEqualTo(Map.of("loaded", true, "gone", 0L));
                assertThat(session.run("MATCH (n) WHERE any(l IN labels(n) WHERE l IN $old) "
                                + "RETURN collect(n.username) AS left", Map.of("old", OLD_LABELS)).single().get("left")
                        .asList(Value::asString)).as("only the account that cannot be moved").containsExactly(UNMOVABLE);
                for (String show : List.of("SHOW CONSTRAINTS", "SHOW INDEXES")) {
                    List<String> labels = session.run(show + " YIELD labelsOrTypes RETURN labelsOrTypes")
                            .list(r -> r.get(0).asList(Value::asString, List.<String>of()))
                            .stream().flatMap(List::stream).toList();
                    assertThat(labels).as(show).doesNotContainAnyElementsOf(OLD_LABELS);
                }
            }
            assertThat(app.getBean(JdbcClient.class).sql("SELECT count(*) FROM audit_entry WHERE id LIKE 'old-audit-%'")
                    .query(Long.class).single()).isEqualTo(2);
        }
    }

    /** The old code's own statements, with its property names and types. */
    private static void writeOldNodes(Driver driver) {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        try (var session = driver.session()) {
            session.run("""
                    CREATE (u:UserAccount {username: $username, passwordHash: $hash, roles: $roles,
                                           regions: $regions, enabled: true, createdAt: datetime()})
                    """, Map.of("username", "old-analyst", "hash", hash, "roles", List.of("ANALYST"),
                    "regions", List.of())).consume();
            // Set by hand, or by a version before passwords: no start may stop at it.
            session.run("CREATE (:UserAccount {username: $username, roles: ['VIEWER']})",
                    Map.of("username", UNMOVABLE)).consume();
            session.run("""
                    UNWIND $rows AS e
                    CREATE (:AuditEntry {id: e.id, at: datetime(), user: e.user, action: e.action, target: e.target,
                                         outcome: e.outcome, details: e.details})
                    """, Map.of("rows", List.of(
                    Map.of("id", "old-audit-1", "user", "old-analyst", "action", "login.success",
                            "outcome", "success", "details", "signed in before the upgrade"),
                    Map.of("id", "old-audit-2", "user", "old-analyst", "action", "query",
                            "outcome", "success", "details", "copied before a crash")))).consume();
            session.run("""
                    CREATE (q:SavedQuery {id: 'old-query-1', owner: 'old-analyst', title: 'Regios', description: '',
                                          query: 'MATCH (r:SafetyRegion) RETURN r.name', params: '{}',
                                          createdAt: datetime(), updatedAt: datetime()})
                    """).consume();
            session.run("""
                    CREATE (s:Scene {id: 'old-scene-1', owner: 'old-analyst', name: 'Oude scène',
                                     nodes: '[{"id":"VR16","x":1.0,"y":2.0,"pinned":false}]', nodeCount: 1,
                                     filters: '{}', view: '{}', createdAt: datetime(), updatedAt: datetime()})
                    """).consume();
            session.run("""
                    MERGE (s:ReportSchedule {id: 'old-schedule-1'})
                    ON CREATE SET s.createdAt = datetime(), s.createdBy = 'admin'
                    SET s.report = 'coverage', s.cron = '0 0 7 * * MON', s.format = 'pdf', s.lang = 'nl',
                        s.region = null, s.recipients = ['risico@example.org']
                    """).consume();
        }
    }

    /** A folder with the shipped Neo4j migrations before {@code version}. */
    private static Path migrationsBefore(int version) throws IOException {
        Path folder = Files.createTempDirectory("partnerkaart-old-migrations-");
        try (var files = Files.list(Path.of("cypher/migrations"))) {
            for (Path file : files.toList()) {
                if (Integer.parseInt(file.getFileName().toString().substring(1, 4)) < version) {
                    Files.copy(file, folder.resolve(file.getFileName()));
                }
            }
        }
        return folder;
    }
}
