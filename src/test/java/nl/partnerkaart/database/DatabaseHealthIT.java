package nl.partnerkaart.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import nl.partnerkaart.TestApplications;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

/** The health endpoint follows the database: DOWN while it is stopped, UP again once it is back. */
class DatabaseHealthIT {

    @Test
    void healthIsDownWhileTheDatabaseIsStoppedAndUpAgainAfterItsRestart() throws Exception {
        Path serverDirectory = TestApplications.newDataDirectory();
        EmbeddedDatabase server = EmbeddedDatabase.start(settings(serverDirectory, "127.0.0.1:0"));
        String address = server.boltUri().getAuthority();
        try (ConfigurableApplicationContext app = TestApplications.start(TestApplications.newDataDirectory(),
                "spring.neo4j.uri=bolt://" + address, "spring.neo4j.authentication.username=neo4j",
                "spring.neo4j.authentication.password=health-secret", "partnerkaart.dataset.load-on-start=false")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            assertThat(waitForHealth(port, 200)).contains("\"UP\"");

            server.close();
            assertThat(waitForHealth(port, 503)).contains("\"DOWN\"");

            server = EmbeddedDatabase.start(settings(serverDirectory, address));
            assertThat(waitForHealth(port, 200)).contains("\"UP\"");
        } finally {
            server.close();
        }
    }

    private static EmbeddedDatabaseProperties settings(Path directory, String boltAddress) {
        return new EmbeddedDatabaseProperties(directory, boltAddress, "health-secret", Duration.ofMinutes(1),
                DataSize.ofMegabytes(256), DataSize.ofMegabytes(32), DataSize.ofMegabytes(512), true);
    }

    /** The body of the first health answer with the expected status, asking for up to a minute. */
    private static String waitForHealth(int port, int status) {
        HttpClient http = HttpClient.newHttpClient();
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            last.set(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()));
            assertThat(last.get().statusCode()).as("health: %s", last.get().body()).isEqualTo(status);
        });
        return last.get().body();
    }
}
