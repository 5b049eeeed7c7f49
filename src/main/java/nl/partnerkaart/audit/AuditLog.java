package nl.partnerkaart.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import nl.partnerkaart.bookkeeping.BookkeepingStore;
import nl.partnerkaart.bookkeeping.MovedOutOfGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail: every entry is a log line and a row of the bookkeeping store ({@code audit_entry}), for refused
 * and failed actions too.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("partnerkaart.audit");
    public static final int MAX_LIMIT = 10_000;
    /** User names and targets are stored at most this long; a caller may send anything as a name. */
    public static final int MAX_NAME_LENGTH = 1_000;

    private final JdbcClient jdbc;
    private final AuditWriter writer;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, @Qualifier(BookkeepingStore.TRANSACTIONS) PlatformTransactionManager transactions,
             MovedOutOfGraph moved, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.writer = new AuditWriter(jdbc, new TransactionTemplate(transactions));
    }

    /**
     * Logs the entry at once and stores it in the background (see {@link AuditWriter}): the action being audited
     * does not wait for a write transaction. {@link #recent} sees every entry recorded before it is called.
     */
    public void record(String user, String action, String target, String outcome, String details) {
        String shortUser = shortened(user);
        String shortTarget = shortened(target);
        log.info("user={} action={} target={} outcome={} details={}", shortUser, action, shortTarget, outcome, details);
        writer.submit(new AuditEntry(UUID.randomUUID().toString(), ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), shortUser,
                action, shortTarget, outcome, details));
    }

    private static String shortened(String value) {
        return value == null || value.length() <= MAX_NAME_LENGTH ? value
                : value.substring(0, MAX_NAME_LENGTH - 1) + "…";
    }

    /** Stores what is queued before the store closes (beans close in reverse order of dependency). */
    @PreDestroy
    void close() {
        writer.close();
    }

    /** Newest first; {@code action} and {@code user} filter when given. */
    public List<AuditEntry> recent(int limit, String action, String user) {
        writer.flush();
        return jdbc.sql("""
                        SELECT id, recorded_at, user_name, action, target, outcome, details FROM audit_entry
                        WHERE (CAST(:action AS VARCHAR) IS NULL OR action LIKE :action || '%' ESCAPE '\\')
                          AND (CAST(:user AS VARCHAR) IS NULL OR user_name = :user)
                        ORDER BY recorded_at DESC LIMIT :limit
                        """)
                .param("action", likePrefix(action)).param("user", blankAsNull(user)).param("limit", limit)
                .query((row, n) -> new AuditEntry(row.getString("id"),
                        row.getObject("recorded_at", OffsetDateTime.class).toZonedDateTime(),
                        row.getString("user_name"), row.getString("action"), row.getString("target"),
                        row.getString("outcome"), row.getString("details")))
                .list();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The action prefix with LIKE's own characters escaped, so {@code login_} matches only itself. */
    private static String likePrefix(String action) {
        String prefix = blankAsNull(action);
        return prefix == null ? null : prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static String timestamp(ZonedDateTime at) {
        return at.toOffsetDateTime().toString();
    }
}
