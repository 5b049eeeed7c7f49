package nl.partnerkaart.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.stereotype.Service;

/**
 * Runs workbench queries so that they can only read, within limits, and audits each one. The layers, each enough to
 * stop what the ones before it miss (docs/cypher-workbench.md):
 * <ol>
 * <li>the request: one statement, not empty, not too long, brackets not nested too deep, no leading
 * EXPLAIN/PROFILE/USE/CYPHER; parameters bounded in size, nesting and list length;</li>
 * <li>a slot: a limit of queries at once per account and in all, on the workbench's own connection pool;</li>
 * <li>a READ transaction with a time limit, in one explicit transaction (memory errors are transient, and a
 * retrying transaction function would run a runaway query again), waited for only until that limit and a margin;</li>
 * <li>{@code EXPLAIN} first: only query type READ_ONLY, every plan operator on an allow-list, procedures on a
 * short allow-list (once per query text: {@link CheckedQueries});</li>
 * <li>the server's memory limit per transaction;</li>
 * <li>a row cap and a size limit while streaming.</li>
 * </ol>
 */
@Service
class ReadOnlyCypher {

    private static final String EXPLAIN = "EXPLAIN\n";

    private final WorkbenchConnections connections;
    private final QuerySlots slots;
    private final CypherProperties properties;
    private final CypherAudit audit;
    private final CheckedQueries checked = new CheckedQueries();

    ReadOnlyCypher(WorkbenchConnections connections, QuerySlots slots, CypherProperties properties,
                   CypherAudit audit) {
        this.connections = connections;
        this.slots = slots;
        this.properties = properties;
        this.audit = audit;
    }

    CypherResult run(String user, CypherRequest request, String channel) {
        long start = System.nanoTime();
        String query = request == null ? null : request.query();
        try {
            CypherResult result = runChecked(user, request);
            audit.record(user, query, millisSince(start), result.rowCount(), result.truncated() ? "truncated" : "ok",
                    result.truncatedBy(), channel);
            return result;
        } catch (QueryRefusedException e) {
            boolean stopped = e.reason().equals("timeout") || e.reason().equals("memory");
            audit.record(user, query, millisSince(start), 0, stopped ? "stopped" : "refused", e.reason(), channel);
            throw e;
        } catch (WorkbenchBusyException e) {
            audit.record(user, query, millisSince(start), 0, "refused", e.reason(), channel);
            throw e;
        } catch (InvalidInputException e) {
            audit.record(user, query, millisSince(start), 0, "refused", "invalid-" + e.field(), channel);
            throw e;
        } catch (RuntimeException e) {
            audit.record(user, query, millisSince(start), 0, "failed", e.getClass().getSimpleName(), channel);
            throw e;
        }
    }

    private CypherResult runChecked(String user, CypherRequest request) {
        if (request == null) {
            throw new QueryRefusedException("empty", Message.of("cypher.empty"));
        }
        long start = System.nanoTime();
        String query = QueryText.check(request.query(), properties.maxQueryLength(), properties.maxNesting());
        int rowCap = rowCap(request.rowCap());
        Map<String, Object> params = CypherParameters.convert(request.params(), properties);
        TransactionConfig config = TransactionConfig.builder().withTimeout(properties.timeout())
                // Shown by SHOW TRANSACTIONS, so an administrator can tell whose workbench query is running.
                .withMetadata(Map.of("app", "partnerkaart-workbench", "user", user)).build();
        long waitNanos = properties.timeout().plus(properties.timeoutMargin()).toNanos() - (System.nanoTime() - start);
        try (WorkbenchTransaction tx = WorkbenchTransaction.begin(connections, slots.take(user), config, waitNanos,
                () -> DatabaseErrors.timedOut(properties.timeout()))) {
            explainAndCheck(tx, query, params);
            try {
                return stream(tx.run(query, params), rowCap, start);
            } catch (Neo4jException e) {
                throw translated(e, 0);
            }
        }
    }

    private void explainAndCheck(WorkbenchTransaction tx, String query, Map<String, Object> params) {
        if (checked.passed(query)) {
            return;
        }
        ResultSummary explained;
        try {
            explained = tx.consume(EXPLAIN + query, params);
        } catch (Neo4jException e) {
            throw translated(e, EXPLAIN.length());
        }
        if (!explained.hasPlan()) {
            throw new QueryRefusedException("operator", Message.of("cypher.noPlan"));
        }
        PlanCheck.check(explained.queryType(), explained.plan());
        checked.add(query);
    }

    private CypherResult stream(WorkbenchTransaction.Rows result, int rowCap, long start) {
        List<String> columns = result.keys();
        ResultValues values = new ResultValues();
        AnswerSize size = new AnswerSize();
        long maxBytes = properties.maxAnswerSize().toBytes();
        List<List<Object>> rows = new ArrayList<>();
        String truncatedBy = null;
        while (truncatedBy == null) {
            Record record = result.next();
            if (record == null) {
                break;
            }
            if (size.add(record.values()) > maxBytes) {
                truncatedBy = "answer-size";
            } else {
                rows.add(values.row(record.values()));
                // One look past the cap tells whether there was more; the rest is never fetched.
                if (rows.size() == rowCap && result.hasMore()) {
                    truncatedBy = "row-cap";
                }
            }
        }
        boolean truncated = truncatedBy != null;
        return new CypherResult(columns, rows, values.graph(truncated), rows.size(), rowCap, millisSince(start),
                truncated, truncatedBy);
    }

    private RuntimeException translated(Neo4jException e, int prefixLength) {
        QueryRefusedException refused = DatabaseErrors.translate(e, properties.timeout(), prefixLength);
        return refused == null ? e : refused;
    }

    private int rowCap(Integer requested) {
        if (requested == null) {
            return properties.defaultRowCap();
        }
        if (requested < 1 || requested > properties.maxRowCap()) {
            throw new InvalidInputException("rowCap", Message.of("input.between", "rowCap", 1, properties.maxRowCap()));
        }
        return requested;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
