package nl.partnerkaart.database;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.GraphDatabaseSettings.TransactionStateMemoryAllocation;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.DatabaseHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Neo4j with its Bolt connector, started with the hardening that a database reachable by
 * other clients needs: authentication on, no file URLs for LOAD CSV, no HTTP connector, and limits on
 * the time and memory of a transaction.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final DatabaseManagementService service;
    private final URI boltUri;
    private final ApplicationDatabaseUser.Credentials application;

    private EmbeddedDatabase(DatabaseManagementService service, URI boltUri,
                             ApplicationDatabaseUser.Credentials application) {
        this.service = service;
        this.boltUri = boltUri;
        this.application = application;
    }

    public static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
        Path home = properties.dataDirectory().toAbsolutePath().normalize();
        EmbeddedPassword.Resolved password = EmbeddedPassword.resolve(properties.password(), home);
        DatabaseManagementService service = build(home, properties);
        try {
            applyPassword(service, password.value());
            ApplicationDatabaseUser.Credentials application = ApplicationDatabaseUser.ensure(service, home);
            URI boltUri = URI.create("bolt://" + boundBoltAddress(service));
            if (password.generated()) {
                announceGeneratedPassword(password);
            }
            log.info("Embedded Neo4j in {} listens for Bolt on {}", home, boltUri);
            return new EmbeddedDatabase(service, boltUri, application);
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
    }

    private static DatabaseManagementService build(Path home, EmbeddedDatabaseProperties properties) {
        try {
            return new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host(properties), port(properties)))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size,
                            properties.transactionMemoryMax().toBytes())
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
                            properties.transactionMemoryTotalMax().toBytes())
                    .setConfig(GraphDatabaseSettings.tx_state_memory_allocation, offHeapTransactionState(properties)
                            ? TransactionStateMemoryAllocation.OFF_HEAP : TransactionStateMemoryAllocation.ON_HEAP)
                    .setConfig(GraphDatabaseSettings.tx_state_max_off_heap_memory,
                            properties.transactionMemoryTotalMax().toBytes())
                    .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
                    // Neo4j's default waits five quiet seconds for each of Bolt's two event loops, so every stop
                    // took ten seconds. By then Spring has closed the application's own Bolt connections.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (RuntimeException e) {
            if (causedByLock(e)) {
                throw new DataDirectoryInUseException(home, e);
            }
            throw e;
        }
    }

    /**
     * Neo4j keeps transaction state off the heap only when it may reach into {@code java.nio} (the direct buffers it
     * allocates); otherwise it silently falls back to the heap, noting it only in its internal log. Say it here.
     */
    private static boolean offHeapTransactionState(EmbeddedDatabaseProperties properties) {
        if (!properties.transactionStateOffHeap()) {
            return false;
        }
        if (!ByteBuffer.class.getModule().isOpen("java.nio", EmbeddedDatabase.class.getModule())) {
            log.warn("Transaction state stays on the heap: start Java with --add-opens java.base/java.nio=ALL-UNNAMED "
                    + "(the packaged jar's manifest carries it) to keep it off the heap");
            return false;
        }
        return true;
    }

    /** Sets the password of user neo4j at every start, so a changed configured password takes effect. */
    private static void applyPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to the one it already has; that is the usual restart.
            if (!e.getMessage().contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static boolean causedByLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileLockException || t instanceof java.nio.channels.OverlappingFileLockException) {
                return true;
            }
        }
        return false;
    }

    private static String host(EmbeddedDatabaseProperties properties) {
        String address = properties.boltAddress();
        int colon = address.lastIndexOf(':');
        return colon < 0 ? address : address.substring(0, colon);
    }

    private static int port(EmbeddedDatabaseProperties properties) {
        String address = properties.boltAddress();
        int colon = address.lastIndexOf(':');
        try {
            return colon < 0 ? BoltConnector.DEFAULT_PORT : Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("partnerkaart.embedded.bolt-address must look like host:port, not "
                    + address);
        }
    }

    private static String boundBoltAddress(DatabaseManagementService service) {
        return dependency(service, ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT).toString();
    }

    /** One of the default database's internal services, which the embedding API does not offer itself. */
    private static <T> T dependency(DatabaseManagementService service, Class<T> type) {
        GraphDatabaseAPI api = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        return api.getDependencyResolver().resolveDependency(type);
    }

    private static void announceGeneratedPassword(EmbeddedPassword.Resolved password) {
        // Shown once, at the first start, so that the person who started it can connect a Bolt client.
        System.out.printf("%n  Embedded Neo4j: user neo4j, password %s%n  (generated once, kept in %s)%n%n",
                password.value(), password.file());
    }

    /** Calls the listener at every commit of the default database, also for commits made over Bolt. */
    public void onCommit(TransactionEventListener<?> listener) {
        service.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, listener);
    }

    /**
     * Neo4j's own verdict on the default database: after a panic (e.g. a commit that could not be written to a full
     * disk) it refuses every transaction until it is restarted, while Bolt itself still answers.
     */
    public DatabaseHealth databaseHealth() {
        return dependency(service, DatabaseHealth.class);
    }

    public URI boltUri() {
        return boltUri;
    }

    /** How the application signs in: a user of its own, not {@code neo4j} (see {@link ApplicationDatabaseUser}). */
    public AuthToken applicationAuthToken() {
        return AuthTokens.basic(application.username(), application.password());
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
