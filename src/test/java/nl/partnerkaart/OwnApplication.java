package nl.partnerkaart;

import java.nio.file.Path;

import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application of a test's own: its own data directory and ports, for a test that changes what every other test
 * reads (removes the examples, say) or needs a graph of its own.
 */
public final class OwnApplication implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private OwnApplication(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static OwnApplication start(String... properties) {
        return start(TestApplications.newDataDirectory(), properties);
    }

    public static OwnApplication start(Path dataDirectory, String... properties) {
        return new OwnApplication(TestApplications.start(dataDirectory, properties));
    }

    /** Without the shipped data set, holding only the graph the statement writes. */
    public static OwnApplication withGraph(String cypher) {
        OwnApplication app = start("partnerkaart.dataset.load-on-start=false");
        try (var session = app.bean(Driver.class).session()) {
            session.run(cypher).consume();
        }
        return app;
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public Api admin() {
        return new Api(port(), "admin", TestApplications.ADMIN_PASSWORD);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The first column of the one row a read returns, as text (null stays null). */
    public String single(String query) {
        try (var session = bean(Driver.class).session()) {
            return session.run(query).single().get(0).asString(null);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
