package nl.partnerkaart.cypher;

/**
 * One workbench query as the audit keeps it.
 *
 * @param outcome {@code ok}, {@code truncated} (row cap reached), {@code refused}, {@code stopped} (time or
 *                memory limit) or {@code failed} (a server error)
 * @param reason  the refusal's reason code, if any
 * @param channel {@code run}, {@code export-csv} or {@code export-xlsx}
 */
record AuditEntry(String user, String at, String query, int queryLength, long durationMs, long rows,
                  String outcome, String reason, String channel) {
}
