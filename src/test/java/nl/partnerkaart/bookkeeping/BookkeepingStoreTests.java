package nl.partnerkaart.bookkeeping;

import static org.assertj.core.api.Assertions.assertThat;

import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionManager;

/** The bookkeeping store next to Neo4j: whose transactions are the default. */
class BookkeepingStoreTests extends ApplicationTest {

    @Autowired
    TransactionManager defaultTransactions;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void neo4jStaysTheDefaultTransactionManagerAndTheStoreHasItsOwnByName() {
        assertThat(defaultTransactions).isInstanceOf(Neo4jTransactionManager.class);
        assertThat(context.getBean(BookkeepingStore.TRANSACTIONS)).isInstanceOf(JdbcTransactionManager.class);
    }
}
