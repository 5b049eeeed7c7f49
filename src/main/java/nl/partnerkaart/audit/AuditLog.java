package nl.partnerkaart.audit;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import nl.partnerkaart.database.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The audit trail: every entry is a log line and an {@code AuditEntry} node, for refused and failed actions too. */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("partnerkaart.audit");
    public static final int MAX_LIMIT = 10_000;

    private final Driver driver;
    private final AuditWriter writer;

    AuditLog(Driver driver, SchemaMigrations schema) {
        this.driver = driver;
        this.writer = new AuditWriter(driver);
    }

    /**
     * Logs the entry at once and stores it in the background (see {@link AuditWriter}): the action being audited
     * does not wait for a write transaction. {@link #recent} sees every entry recorded before it is called.
     */
    public void record(String user, String action, String target, String outcome, String details) {
        log.info("user={} action={} target={} outcome={} details={}", user, action, target, outcome, details);
        writer.submit(new AuditEntry(UUID.randomUUID().toString(), ZonedDateTime.now(ZoneOffset.UTC), user, action,
                target, outcome, details));
    }

    /** Stores what is queued before the driver closes (beans close in reverse order of dependency). */
    @PreDestroy
    void close() {
        writer.close();
    }

    /** Newest first; {@code action} and {@code user} filter when given. */
    public List<AuditEntry> recent(int limit, String action, String user) {
        writer.flush();
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("""
                            MATCH (e:AuditEntry)
                            WHERE ($action IS NULL OR e.action STARTS WITH $action) AND ($user IS NULL OR e.user = $user)
                            RETURN e ORDER BY e.at DESC LIMIT $limit
                            """, Map.of("limit", limit, "action", nullable(action), "user", nullable(user)))
                    .list(r -> {
                        var e = r.get("e");
                        return new AuditEntry(e.get("id").asString(), e.get("at").asZonedDateTime(),
                                e.get("user").asString(null), e.get("action").asString(), e.get("target").asString(null),
                                e.get("outcome").asString(null), e.get("details").asString(null));
                    }));
        }
    }

    private static Object nullable(String value) {
        return value == null || value.isBlank() ? Values.NULL : value;
    }

    static String timestamp(ZonedDateTime at) {
        return at.toOffsetDateTime().toString();
    }
}
