package nl.partnerkaart.audit;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.partnerkaart.database.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Writes audit entries in a transaction of their own, so a refused or failed action is recorded too. */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("partnerkaart.audit");
    public static final int MAX_LIMIT = 10_000;

    private final Driver driver;

    AuditLog(Driver driver, SchemaMigrations schema) {
        this.driver = driver;
    }

    public void record(String user, String action, String target, String outcome, String details) {
        log.info("user={} action={} target={} outcome={} details={}", user, action, target, outcome, details);
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    CREATE (:AuditEntry {id: $id, at: datetime(), user: $user, action: $action, target: $target,
                                         outcome: $outcome, details: $details})
                    """, Values.parameters("id", UUID.randomUUID().toString(), "user", user, "action", action,
                    "target", target, "outcome", outcome, "details", details)).consume());
        }
    }

    /** Newest first; {@code action} and {@code user} filter when given. */
    public List<AuditEntry> recent(int limit, String action, String user) {
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
