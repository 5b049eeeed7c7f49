package nl.partnerkaart.database;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema migrations in {@code cypher/migrations} at start-up. Anything that reads
 * or writes the graph at start-up depends on this bean, so the schema is always in place first.
 */
@Component
public class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    public SchemaMigrations(Driver driver,
                            @Value("${partnerkaart.migrations.location:classpath:cypher/migrations}") String location) {
        Migrations migrations = new Migrations(MigrationsConfig.builder()
                .withLocationsToScan(location)
                .withInstalledBy("partnerkaart")
                .build(), driver);
        migrations.apply().ifPresent(version -> log.info("Database schema is at version {}", version.getValue()));
    }
}
