package nl.partnerkaart.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.system.InvalidInputException;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.stereotype.Service;

/**
 * Runs workbench queries so that they can only read, and audits each one. The layers, each enough to
 * stop what the ones before it miss (docs/cypher-workbench.md):
 * <ol>
 * <li>the text: one statement, not empty, not too long, no leading EXPLAIN/PROFILE/USE/CYPHER;</li>
 * <li>a READ transaction with a time limit, in one explicit transaction (memory errors are transient, and a
 * retrying transaction function would run a runaway query again);</li>
 * <li>{@code EXPLAIN} first: only query type READ_ONLY, every plan operator on an allow-list, procedures on a
 * short allow-list (once per query text: {@link CheckedQueries});</li>
 * <li>the server's memory limit per transaction;</li>
 * <li>a row cap while streaming.</li>
 * </ol>
 */
@Service
class ReadOnlyCypher {

    private static final String EXPLAIN = "EXPLAIN\n";

    private final Driver driver;
    private final CypherProperties properties;
    private final CypherAudit audit;
    private final CheckedQueries checked = new CheckedQueries();

    ReadOnlyCypher(Driver driver, CypherProperties properties, CypherAudit audit) {
        this.driver = driver;
        this.properties = properties;
        this.audit = audit;
    }

    CypherResult run(String user, CypherRequest request, String channel) {
        long start = System.nanoTime();
        String query = request == null ? null : request.query();
        try {
            CypherResult result = runChecked(user, request);
            audit.record(user, query, millisSince(start), result.rowCount(), result.truncated() ? "truncated" : "ok",
                    null, channel);
            return result;
        } catch (QueryRefusedException e) {
            boolean stopped = e.reason().equals("timeout") || e.reason().equals("memory");
            audit.record(user, query, millisSince(start), 0, stopped ? "stopped" : "refused", e.reason(), channel);
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
            throw new QueryRefusedException("empty", "The query is empty.");
        }
        long start = System.nanoTime();
        String query = QueryText.check(request.query(), properties.maxQueryLength());
        int rowCap = rowCap(request.rowCap());
        Map<String, Object> params = CypherParameters.convert(request.params());
        TransactionConfig config = TransactionConfig.builder().withTimeout(properties.timeout())
                // Shown by SHOW TRANSACTIONS, so an administrator can tell whose workbench query is running.
                .withMetadata(Map.of("app", "partnerkaart-workbench", "user", user)).build();
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
             Transaction tx = session.beginTransaction(config)) {
            explainAndCheck(tx, query, params);
            try {
                return stream(tx.run(query, params), rowCap, start);
            } catch (Neo4jException e) {
                throw translated(e, 0);
            }
        }
    }

    private void explainAndCheck(Transaction tx, String query, Map<String, Object> params) {
        if (checked.passed(query)) {
            return;
        }
        ResultSummary explained;
        try {
            explained = tx.run(EXPLAIN + query, params).consume();
        } catch (Neo4jException e) {
            throw translated(e, EXPLAIN.length());
        }
        if (!explained.hasPlan()) {
            throw new QueryRefusedException("operator", "The database gave no plan for this query, so the workbench "
                    + "cannot check that it only reads.");
        }
        PlanCheck.check(explained.queryType(), explained.plan());
        checked.add(query);
    }

    private static CypherResult stream(Result result, int rowCap, long start) {
        List<String> columns = result.keys();
        ResultValues values = new ResultValues();
        List<List<Object>> rows = new ArrayList<>();
        while (rows.size() < rowCap && result.hasNext()) {
            rows.add(values.row(result.next().values()));
        }
        // One look past the cap tells whether there was more; the rest is never fetched.
        boolean truncated = result.hasNext();
        return new CypherResult(columns, rows, values.graph(truncated), rows.size(), rowCap, millisSince(start),
                truncated);
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
            throw new InvalidInputException("rowCap", "rowCap must be between 1 and " + properties.maxRowCap() + ".");
        }
        return requested;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
