package nl.partnerkaart.cypher;

import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * The workbench's own small connection pool to the same database: whatever workbench queries do to their
 * connections (hold them until the database gives up on a query), the application's pool stays free for every
 * other endpoint, health included. Not a {@link Driver} bean, so nothing else picks it up by accident.
 */
@Component
class WorkbenchConnections implements AutoCloseable {

    /** A pool at its limit means connections are held by abandoned queries: say "busy" soon rather than wait. */
    private static final long ACQUISITION_TIMEOUT_SECONDS = 2;

    /** Rows per round trip: small enough that the answer's size limit stops the fetching soon after it is passed. */
    private static final long FETCH_SIZE = 250;

    private final Driver driver;

    WorkbenchConnections(Neo4jConnectionDetails database, CypherProperties properties) {
        Config config = Config.builder()
                .withMaxConnectionPoolSize(properties.maxConcurrentQueries())
                .withConnectionAcquisitionTimeout(ACQUISITION_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .withFetchSize(FETCH_SIZE)
                .withUserAgent("partnerkaart-workbench")
                .build();
        // Boot's own driver prefers a token manager (rotating credentials) when one is configured; so does this one.
        this.driver = database.getAuthTokenManager() != null
                ? GraphDatabase.driver(database.getUri(), database.getAuthTokenManager(), config)
                : GraphDatabase.driver(database.getUri(), database.getAuthToken(), config);
    }

    AsyncSession readSession() {
        return driver.session(AsyncSession.class, SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
    }

    @Override
    public void close() {
        driver.close();
    }
}
