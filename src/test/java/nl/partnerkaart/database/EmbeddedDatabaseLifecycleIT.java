package nl.partnerkaart.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.partnerkaart.StartupFailures;
import nl.partnerkaart.TestApplications;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/** Start-up, restart and failure behaviour of the embedded database, each on a directory of its own. */
class EmbeddedDatabaseLifecycleIT {

    @Test
    void restartOnTheSameDirectoryKeepsTheDataAndThePassword() throws Exception {
        Path directory = TestApplications.newDataDirectory();
        String password;
        try (ConfigurableApplicationContext first = TestApplications.start(directory)) {
            assertThat(healthOf(first)).contains("\"UP\"");
            password = Files.readString(directory.resolve(EmbeddedPassword.FILE_NAME));
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertConnectsAsNeo4j(first, password);
            try (var session = first.getBean(Driver.class).session()) {
                session.run("CREATE (:Source {id: 'SRC-RESTART-TEST', name: 'kept across restarts', origin: 'user'})")
                        .consume();
            }
        }
        try (ConfigurableApplicationContext second = TestApplications.start(directory)) {
            assertThat(healthOf(second)).contains("\"UP\"");
            assertThat(Files.readString(directory.resolve(EmbeddedPassword.FILE_NAME))).isEqualTo(password);
            assertConnectsAsNeo4j(second, password);
            try (var session = second.getBean(Driver.class).session()) {
                assertThat(session.run("MATCH (s:Source {id: 'SRC-RESTART-TEST'}) RETURN s.name AS name")
                        .single().get("name").asString()).isEqualTo("kept across restarts");
            }
        }
    }

    @Test
    void aBoltClientConnectsWithTheDocumentedPasswordAndNotWithout() {
        Path directory = TestApplications.newDataDirectory();
        try (ConfigurableApplicationContext app = TestApplications.start(directory,
                "partnerkaart.embedded.password=bolt-client-secret")) {
            URI bolt = app.getBean(EmbeddedDatabase.class).boltUri();
            assertThat(bolt.getHost()).isEqualTo("127.0.0.1");
            try (Driver client = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "bolt-client-secret"))) {
                assertThat(client.session().run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
            }
            try (Driver intruder = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "neo4j"))) {
                assertThatThrownBy(intruder::verifyConnectivity).hasMessageContaining("authentication failure");
            }
        }
    }

    @Test
    void aSecondInstanceOnALockedDirectoryFailsWithAClearMessage() throws Exception {
        Path directory = TestApplications.newDataDirectory();
        try (ConfigurableApplicationContext first = TestApplications.start(directory)) {
            assertThatThrownBy(() -> TestApplications.start(directory))
                    .satisfies(failure -> {
                        FailureAnalysis analysis = StartupFailures.analyze(failure);
                        assertThat(analysis).isNotNull();
                        assertThat(analysis.getDescription()).contains(directory.toString()).contains("already open");
                        assertThat(analysis.getAction()).contains("partnerkaart.embedded.data-directory");
                    });
            assertThat(healthOf(first)).contains("\"UP\"");
        }
    }

    @Test
    void aChangedMigrationStopsStartUp() throws Exception {
        Path directory = TestApplications.newDataDirectory();
        Path migrations = Files.createDirectories(directory.resolve("migrations-under-test"));
        Path v001 = migrations.resolve("V001__Constraints_and_indexes.cypher");
        Files.copy(new ClassPathResource("cypher/migrations/V001__Constraints_and_indexes.cypher").getInputStream(), v001);
        String location = "partnerkaart.migrations.location=file:" + migrations;
        try (ConfigurableApplicationContext first = TestApplications.start(directory.resolve("db"), location,
                "partnerkaart.dataset.load-on-start=false")) {
            assertThat(healthOf(first)).contains("\"UP\"");
        }
        Files.writeString(v001, Files.readString(v001) + "\nCREATE INDEX sneaked_in IF NOT EXISTS FOR (n:Partner) ON (n.website);\n");
        assertThatThrownBy(() -> TestApplications.start(directory.resolve("db"), location))
                .satisfies(failure -> {
                    FailureAnalysis analysis = StartupFailures.analyze(failure);
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription()).contains("schema").containsIgnoringCase("checksum");
                    assertThat(analysis.getAction()).contains("new migration");
                });
    }

    @Test
    void withAnExternalUriNoEmbeddedDatabaseStartsAndTheExternalOneIsUsed() throws Exception {
        Path serverDirectory = TestApplications.newDataDirectory();
        EmbeddedDatabaseProperties serverSettings = new EmbeddedDatabaseProperties(serverDirectory, "127.0.0.1:0",
                "external-secret", java.time.Duration.ofMinutes(1), org.springframework.util.unit.DataSize.ofMegabytes(512),
                org.springframework.util.unit.DataSize.ofMegabytes(64), org.springframework.util.unit.DataSize.ofMegabytes(512), true);
        try (EmbeddedDatabase external = EmbeddedDatabase.start(serverSettings);
             ConfigurableApplicationContext app = TestApplications.start(TestApplications.newDataDirectory(),
                     "spring.neo4j.uri=neo4j://" + external.boltUri().getAuthority(),
                     "spring.neo4j.authentication.username=neo4j",
                     "spring.neo4j.authentication.password=external-secret")) {
            assertThat(app.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
            assertThat(healthOf(app)).contains("\"UP\"");
            try (Driver direct = GraphDatabase.driver(external.boltUri(), AuthTokens.basic("neo4j", "external-secret"))) {
                long regions = direct.session().run("MATCH (r:SafetyRegion) RETURN count(r) AS n").single().get("n").asLong();
                assertThat(regions).as("the data set was loaded into the external database").isEqualTo(25);
            }
        }
    }

    /** The password in the file is the one user neo4j has, as a Bolt client that reads the file would use it. */
    private static void assertConnectsAsNeo4j(ConfigurableApplicationContext app, String password) {
        try (Driver client = GraphDatabase.driver(app.getBean(EmbeddedDatabase.class).boltUri(),
                AuthTokens.basic("neo4j", password))) {
            assertThat(client.session().run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
        }
    }

    private static String healthOf(ConfigurableApplicationContext app) throws Exception {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
