package nl.partnerkaart.cypher;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes one audit record per workbench query, run or refused: an internal {@code AuditEntry} node (in a
 * small write transaction of its own, never the query's read transaction) and a log line.
 */
@Component
class CypherAudit {

    private static final Logger log = LoggerFactory.getLogger("nl.partnerkaart.cypher.audit");
    /** Enough to recognise a query; a 20,000-character query is not kept whole in every entry. */
    private static final int STORED_QUERY_LENGTH = 4000;

    private final Driver driver;

    CypherAudit(Driver driver) {
        this.driver = driver;
    }

    void record(String user, String query, long durationMs, long rows, String outcome, String reason, String channel) {
        String text = query == null ? "" : query;
        log.info("cypher user={} channel={} outcome={}{} rows={} ms={} query={}", user, channel, outcome,
                reason == null ? "" : " reason=" + reason, rows, durationMs, oneLine(text, 500));
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build())) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    CREATE (:AuditEntry {user: $user, at: datetime(), query: $query, queryLength: $length,
                                         durationMs: $durationMs, rows: $rows, outcome: $outcome, reason: $reason,
                                         channel: $channel})
                    """, Map.of("user", user, "query", text.substring(0, Math.min(text.length(), STORED_QUERY_LENGTH)),
                    "length", text.length(), "durationMs", durationMs, "rows", rows, "outcome", outcome,
                    "reason", reason == null ? "" : reason, "channel", channel)).consume());
        } catch (RuntimeException e) {
            // The answer to the user does not depend on the audit node; the log line above is already written.
            log.error("Could not store the audit entry of a workbench query by {}", user, e);
        }
    }

    List<AuditEntry> latest(int limit) {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (a:AuditEntry)
                    RETURN a ORDER BY a.at DESC LIMIT $limit
                    """, Map.of("limit", limit)).list(row -> {
                var a = row.get("a");
                return new AuditEntry(a.get("user").asString(), a.get("at").asZonedDateTime().toOffsetDateTime().toString(),
                        a.get("query").asString(), a.get("queryLength").asInt(), a.get("durationMs").asLong(),
                        a.get("rows").asLong(), a.get("outcome").asString(),
                        a.get("reason").asString().isEmpty() ? null : a.get("reason").asString(),
                        a.get("channel").asString());
            }));
        }
    }

    private static String oneLine(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max) + "…";
    }
}
