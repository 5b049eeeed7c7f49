package nl.partnerkaart;

import java.nio.file.Path;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that share one running application: a real embedded Neo4j with the shipped data
 * set, a real HTTP server on a random port. The context is cached, so it starts once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApplicationTest {

    private static final Path DATA_DIRECTORY = TestApplications.newDataDirectory();

    @LocalServerPort
    protected int port;

    @Autowired
    protected Driver driver;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        for (String property : TestApplications.properties(DATA_DIRECTORY)) {
            String[] parts = property.split("=", 2);
            if (!parts[0].equals("server.port")) {
                registry.add(parts[0], () -> parts[1]);
            }
        }
    }

    protected Api api() {
        return new Api(port, "admin", TestApplications.ADMIN_PASSWORD);
    }

    protected Api anonymous() {
        return new Api(port, null, null);
    }

    /** Removes what a test wrote: every node whose id starts with the prefix. */
    protected void deleteNodesWithIdPrefix(String prefix) {
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", java.util.Map.of("prefix", prefix))
                    .consume();
        }
    }

    /** Removes the change history of items whose id (or either end, for a relationship) starts with the prefix. */
    protected void deleteChangesOf(String prefix) {
        try (var session = driver.session()) {
            session.run("MATCH (c:Change) WHERE c.itemId STARTS WITH $prefix OR c.itemId CONTAINS '|' + $prefix "
                    + "DELETE c", java.util.Map.of("prefix", prefix)).consume();
        }
    }

    /** Runs a read query and returns the single value it returns. */
    protected Object single(String cypher) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).single().get(0).asObject());
        }
    }
}
