package nl.partnerkaart.bookkeeping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import nl.partnerkaart.database.EmbeddedDatabaseProperties;
import nl.partnerkaart.system.OwnerOnlyFolders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The embedded H2 database that holds the bookkeeping. Boot makes Flyway ({@code spring.flyway.locations}) and
 * the {@code JdbcClient} on it. Its transaction manager is named, never the default: {@code @Transactional}
 * without a name means Neo4j ({@link nl.partnerkaart.database.Neo4jTransactions}).
 */
@Configuration(proxyBeanMethods = false)
public class BookkeepingStore {

    /** The name of the bookkeeping's transaction manager, for {@code TransactionTemplate}s and qualifiers. */
    public static final String TRANSACTIONS = "bookkeepingTransactions";

    @Bean(destroyMethod = "close")
    DataSource bookkeepingDataSource(BookkeepingProperties properties, EmbeddedDatabaseProperties embedded) {
        Path directory = properties.directory(embedded);
        try {
            // Account password hashes and report recipients live here.
            OwnerOnlyFolders.create(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the bookkeeping store's folder " + directory, e);
        }
        HikariDataSource dataSource = new HikariDataSource();
        // Closed by Spring with the pool, not by H2's own shutdown hook: the audit trail is stored before it closes.
        dataSource.setJdbcUrl("jdbc:h2:file:" + directory.resolve("bookkeeping") + ";DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        dataSource.setPoolName("bookkeeping");
        dataSource.setMaximumPoolSize(8);
        return dataSource;
    }

    @Bean(TRANSACTIONS)
    JdbcTransactionManager bookkeepingTransactions(DataSource bookkeepingDataSource) {
        return new JdbcTransactionManager(bookkeepingDataSource);
    }
}
