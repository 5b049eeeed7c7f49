package nl.partnerkaart.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;

/** The background audit writer loses nothing: a flush sees every entry, closing stores the queue. */
class AuditWriterTests extends ApplicationTest {

    private final String prefix = "T-AUDIT-" + UUID.randomUUID() + "-";

    private AuditEntry entry(String suffix) {
        return new AuditEntry(prefix + suffix, ZonedDateTime.now(ZoneOffset.UTC), "tester", "test.audit-writer", null,
                "success", null);
    }

    private long stored() {
        try (var session = driver.session()) {
            return session.run("MATCH (e:AuditEntry) WHERE e.id STARTS WITH $prefix RETURN count(e) AS n",
                    Map.of("prefix", prefix)).single().get("n").asLong();
        }
    }

    @Test
    void aFlushWaitsForEveryEntrySubmittedBeforeIt() {
        AuditWriter writer = new AuditWriter(driver);
        try {
            for (int i = 0; i < 1_200; i++) {
                writer.submit(entry(String.valueOf(i)));
            }
            writer.flush();
            assertThat(stored()).isEqualTo(1_200);
        } finally {
            writer.close();
            deleteNodesWithIdPrefix(prefix);
        }
    }

    @Test
    void closingStoresTheQueueAndLaterEntriesAreStoredAtOnce() {
        AuditWriter writer = new AuditWriter(driver);
        try {
            for (int i = 0; i < 300; i++) {
                writer.submit(entry(String.valueOf(i)));
            }
            writer.close();
            assertThat(stored()).isEqualTo(300);

            writer.submit(entry("after-close"));
            assertThat(stored()).isEqualTo(301);
        } finally {
            deleteNodesWithIdPrefix(prefix);
        }
    }
}
