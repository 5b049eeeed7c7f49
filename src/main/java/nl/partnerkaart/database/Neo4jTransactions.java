package nl.partnerkaart.database;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * Neo4j's transaction manager as the default one. Boot would make it only while no other transaction manager
 * exists, and the bookkeeping store has one of its own; so it is declared here, primary, and every
 * {@code @Transactional} without a name (and Spring Data Neo4j) keeps meaning Neo4j.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jTransactions {

    @Bean
    @Primary
    Neo4jTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases,
                                               ObjectProvider<TransactionManagerCustomizers> customizers) {
        Neo4jTransactionManager manager = Neo4jTransactionManager.with(driver)
                .withDatabaseSelectionProvider(databases).build();
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }
}
