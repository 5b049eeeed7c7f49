package nl.partnerkaart.bookkeeping;

import java.nio.file.Path;

import nl.partnerkaart.database.EmbeddedDatabaseProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the bookkeeping store keeps its files.
 *
 * @param directory folder of the H2 database files; empty means {@code bookkeeping} inside
 *        {@code partnerkaart.embedded.data-directory}, also when the graph is an external Neo4j
 */
@ConfigurationProperties("partnerkaart.bookkeeping")
public record BookkeepingProperties(Path directory) {

    Path directory(EmbeddedDatabaseProperties embedded) {
        return (directory != null ? directory : embedded.dataDirectory().resolve("bookkeeping"))
                .toAbsolutePath().normalize();
    }
}
