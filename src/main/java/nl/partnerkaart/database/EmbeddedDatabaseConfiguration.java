package nl.partnerkaart.database;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded database unless {@code spring.neo4j.uri} names an external one. The driver gets its
 * address from the started database, so it can never start before the database does.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseNotConfigured.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
        return EmbeddedDatabase.start(properties);
    }

    @Bean
    Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedDatabase database) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return database.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return database.applicationAuthToken();
            }
        };
    }
}
