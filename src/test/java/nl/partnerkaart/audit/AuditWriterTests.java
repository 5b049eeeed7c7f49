package nl.partnerkaart.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.bookkeeping.BookkeepingStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background audit writer loses nothing: a flush sees every entry, closing stores the queue, one entry that
 * cannot be stored does not lose the rest of its batch.
 */
class AuditWriterTests extends ApplicationTest {

    private final String prefix = "T-AUDIT-" + UUID.randomUUID() + "-";

    private AuditEntry entry(String suffix) {
        return new AuditEntry(prefix + suffix, ZonedDateTime.now(ZoneOffset.UTC), "tester", "test.audit-writer", null,
                "success", null);
    }

    @Autowired
    private JdbcClient bookkeeping;

    @Autowired
    @Qualifier(BookkeepingStore.TRANSACTIONS)
    private PlatformTransactionManager transactions;

    private AuditWriter writer() {
        return new AuditWriter(bookkeeping, new TransactionTemplate(transactions));
    }

    private long stored() {
        return bookkeeping.sql("SELECT count(*) FROM audit_entry WHERE id LIKE ?").param(prefix + "%")
                .query(Long.class).single();
    }

    @AfterEach
    void removeEntries() {
        bookkeeping.sql("DELETE FROM audit_entry WHERE id LIKE ?").param(prefix + "%").update();
    }

    @Test
    void aFlushWaitsForEveryEntrySubmittedBeforeIt() {
        AuditWriter writer = writer();
        try {
            for (int i = 0; i < 1_200; i++) {
                writer.submit(entry(String.valueOf(i)));
            }
            writer.flush();
            assertThat(stored()).isEqualTo(1_200);
        } finally {
            writer.close();
        }
    }

    @Test
    void closingStoresTheQueueAndLaterEntriesAreStoredAtOnce() {
        AuditWriter writer = writer();
        for (int i = 0; i < 300; i++) {
            writer.submit(entry(String.valueOf(i)));
        }
        writer.close();
        assertThat(stored()).isEqualTo(300);

        writer.submit(entry("after-close"));
        assertThat(stored()).isEqualTo(301);
    }

    @Test
    void anEntryThatCannotBeStoredDoesNotLoseTheOthersOfItsBatch() {
        AuditWriter writer = writer();
        try {
            AuditEntry first = entry("first");
            writer.store(List.of(first));
            writer.store(List.of(entry("before"), first, entry("after")));
            assertThat(stored()).isEqualTo(3);
        } finally {
            writer.close();
        }
    }
}
