package nl.partnerkaart.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import nl.partnerkaart.TestApplications;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.TestAccounts;
import nl.partnerkaart.security.UserAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile workbench queries from several analysts at once must not take the application down. The nesting bound is
 * set out of the way here, so deeply nested lists reach the engine as a query the text check does not recognise
 * would: Neo4j's stack overflows while planning it and the driver never hears back (until the connection's read
 * timeout, two minutes). The application's own pool is kept small (10), so a bounded flood would exhaust it if
 * workbench queries shared it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchFloodTests {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(3);
    private static final Duration MARGIN = Duration.ofSeconds(1);
    private static final String NESTED = "RETURN " + "[".repeat(3000) + "1" + "]".repeat(3000) + " AS deep";
    private static final String CARTESIAN =
            "UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS pairs";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ConfigurableApplicationContext app;
    private static int port;
    private static UserAccounts accounts;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = TestApplications.start(TestApplications.newDataDirectory(),
                "partnerkaart.cypher.timeout=" + TIME_LIMIT.toSeconds() + "s",
                "partnerkaart.cypher.timeout-margin=" + MARGIN.toSeconds() + "s",
                "partnerkaart.cypher.max-nesting=100000",
                "spring.neo4j.pool.max-connection-pool-size=10");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        accounts = app.getBean(UserAccounts.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void aQueryWhoseErrorNeverReachesTheDriverIsAnsweredAtTheTimeLimit() throws Exception {
        String user = analyst("flood-single");
        // Signed in and warmed up first, so the time measured is the query's.
        assertThat(workbench(user, "RETURN 1 AS one").get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        long start = System.nanoTime();

        HttpResponse<String> response = workbench(user, NESTED).get(60, TimeUnit.SECONDS);

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("reason").asString()).isEqualTo("timeout");
        // Far below the two minutes the driver would wait, with room for a machine under load.
        assertThat(took).isLessThan(TIME_LIMIT.plus(MARGIN).plusSeconds(15));
    }

    @Test
    @Order(2)
    void aFloodOfHostileQueriesLeavesHealthAndSearchAnswering() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        for (int analyst = 1; analyst <= 3; analyst++) {
            String user = analyst("flood-" + analyst);
            for (int i = 0; i < 8; i++) {
                flood.add(workbench(user, i % 2 == 0 ? NESTED : CARTESIAN));
            }
        }

        // While the flood runs (its queries take the time limit, the nested ones hold connections far longer).
        for (int probe = 0; probe < 5; probe++) {
            assertThat(answersQuickly("/actuator/health", null)).isEqualTo(200);
            assertThat(answersQuickly("/api/search?q=Vitens", "admin:" + TestApplications.ADMIN_PASSWORD))
                    .isEqualTo(200);
        }

        List<Integer> statuses = new ArrayList<>();
        long deadline = System.nanoTime() + TIME_LIMIT.plus(MARGIN).plusSeconds(20).toNanos();
        for (CompletableFuture<HttpResponse<String>> request : flood) {
            HttpResponse<String> response = request.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            statuses.add(response.statusCode());
            if (response.statusCode() != 400) {
                assertThat(response.headers().firstValue("Retry-After")).as(response.body()).isPresent();
            }
        }
        assertThat(statuses).as("every hostile query answered: refused, stopped or busy").allMatch(
                status -> status == 400 || status == 429 || status == 503);
        assertThat(statuses).as("the limits turned some away at once").contains(429);
        assertThat(answersQuickly("/actuator/health", null)).isEqualTo(200);
    }

    private int answersQuickly(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private CompletableFuture<HttpResponse<String>> workbench(String user, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cypher"))
                .header("Authorization", basic(user + ":" + TestAccounts.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String analyst(String name) {
        TestAccounts.named(name, Role.ANALYST, accounts, port);
        return name;
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
