package nl.partnerkaart.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.TestApplications;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

/** Issue 21, finding 9: wrong Bolt logins for {@code neo4j} do not reach the application's own connections. */
class BoltIdentityTests extends ApplicationTest {

    private static final int ATTACKERS = 4;
    private static final int MAX_WRONG_LOGINS = 2_000;
    private static final int REQUESTS = 60;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    Neo4jConnectionDetails connection;

    @Test
    void wrongBoltLoginsForNeo4jLeaveTheApplicationAnswering() throws Exception {
        AtomicBoolean attacking = new AtomicBoolean(true);
        AtomicInteger wrongLogins = new AtomicInteger();
        ExecutorService attackers = Executors.newFixedThreadPool(ATTACKERS);
        try {
            List<Future<?>> attack = IntStream.range(0, ATTACKERS).<Future<?>>mapToObj(a -> attackers.submit(() -> {
                // Bounded: until the requests below are done, and never more than MAX_WRONG_LOGINS in all.
                while (attacking.get() && wrongLogins.incrementAndGet() <= MAX_WRONG_LOGINS) {
                    try (Driver intruder = GraphDatabase.driver(database.boltUri(),
                            AuthTokens.basic("neo4j", "guess-" + wrongLogins.get()))) {
                        intruder.verifyConnectivity();
                    } catch (RuntimeException expected) {
                        // refused, as it should be
                    }
                }
            })).toList();
            await().atMost(Duration.ofSeconds(30)).until(() -> wrongLogins.get() >= 20);

            Api admin = api();
            for (int i = 0; i < REQUESTS; i++) {
                assertThat(admin.get("/api/overview").status()).as("request %d during the attack", i).isEqualTo(200);
                if (i % 10 == 0) {
                    assertConnectsAsTheApplication();
                }
            }
            assertConnectsAsTheApplication();
            attacking.set(false);
            for (Future<?> attacker : attack) {
                attacker.get(1, TimeUnit.MINUTES);
            }
        } finally {
            attacking.set(false);
            attackers.shutdownNow();
        }
        assertThat(wrongLogins.get()).isGreaterThanOrEqualTo(20);
        assertConnectsAsTheApplication();
        assertThat(api().get("/api/overview").status()).isEqualTo(200);
    }

    /** A new connection as the application, as its pool makes when it grows or replaces a connection. */
    private void assertConnectsAsTheApplication() {
        try (Driver fresh = GraphDatabase.driver(connection.getUri(), connection.getAuthToken())) {
            fresh.verifyConnectivity();
        }
    }

    @Test
    void anInstallationFromBeforeTheApplicationUserGetsOneAtItsNextStart() throws Exception {
        Path directory = TestApplications.newDataDirectory();
        try (ConfigurableApplicationContext first = TestApplications.start(directory,
                "partnerkaart.dataset.load-on-start=false")) {
            try (var session = first.getBean(org.neo4j.driver.Driver.class).session()) {
                session.run("CREATE (:Source {id: 'SRC-BOLT-USER', name: 'from before', origin: 'user'})").consume();
            }
        }
        // As an installation of the previous version left it: only user neo4j, no file for the application's user.
        String neo4jPassword = Files.readString(directory.resolve(EmbeddedPassword.FILE_NAME)).strip();
        String oldUser = Files.readAllLines(directory.resolve(ApplicationDatabaseUser.FILE_NAME)).get(0);
        try (EmbeddedDatabase old = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(directory, "127.0.0.1:0",
                null, Duration.ofMinutes(1), org.springframework.util.unit.DataSize.ofMegabytes(256),
                org.springframework.util.unit.DataSize.ofMegabytes(32), org.springframework.util.unit.DataSize.ofMegabytes(512),
                false));
             Driver asNeo4j = GraphDatabase.driver(old.boltUri(), AuthTokens.basic("neo4j", neo4jPassword))) {
            try (var system = asNeo4j.session(org.neo4j.driver.SessionConfig.forDatabase("system"))) {
                system.run("DROP USER " + oldUser).consume();
            }
        }
        Files.delete(directory.resolve(ApplicationDatabaseUser.FILE_NAME));

        try (ConfigurableApplicationContext next = TestApplications.start(directory,
                "partnerkaart.dataset.load-on-start=false")) {
            int port = Integer.parseInt(next.getEnvironment().getProperty("local.server.port"));
            assertThat(new Api(port, "admin", TestApplications.ADMIN_PASSWORD).get("/api/session/me").status())
                    .isEqualTo(200);
            try (var session = next.getBean(org.neo4j.driver.Driver.class).session()) {
                assertThat(session.run("MATCH (s:Source {id: 'SRC-BOLT-USER'}) RETURN s.name AS name").single()
                        .get("name").asString()).isEqualTo("from before");
            }
            assertThat(Files.readAllLines(directory.resolve(ApplicationDatabaseUser.FILE_NAME)).get(0))
                    .startsWith("partnerkaart_").isNotEqualTo(oldUser);
        }
    }
}
