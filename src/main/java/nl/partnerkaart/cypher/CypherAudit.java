package nl.partnerkaart.cypher;

import nl.partnerkaart.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * One entry in the audit trail per workbench query, run or refused: action {@code cypher.<channel>}, the
 * query as target, rows, duration and the refusal's reason as details.
 */
@Component
class CypherAudit {

    /** Enough to recognise a query; a 20,000-character query is not kept whole in every entry. */
    private static final int STORED_QUERY_LENGTH = 4000;

    private final AuditLog audit;

    CypherAudit(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * @param outcome {@code ok}, {@code truncated} (row cap or answer size reached, the reason says which),
     *                {@code refused} (also when the workbench was busy), {@code stopped} (time or memory limit) or
     *                {@code failed} (a server error)
     * @param channel {@code run}, {@code export-csv} or {@code export-xlsx}
     */
    void record(String user, String query, long durationMs, long rows, String outcome, String reason, String channel) {
        String text = query == null ? "" : query;
        String details = "rows=" + rows + ", ms=" + durationMs + ", length=" + text.length()
                + (reason == null ? "" : ", reason=" + reason);
        audit.record(user, "cypher." + channel, text.substring(0, Math.min(text.length(), STORED_QUERY_LENGTH)),
                outcome, details);
    }
}
