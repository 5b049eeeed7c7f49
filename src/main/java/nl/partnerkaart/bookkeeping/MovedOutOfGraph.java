package nl.partnerkaart.bookkeeping;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.partnerkaart.database.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the bookkeeping that older versions kept in the graph ({@code UserAccount}, {@code AuditEntry},
 * {@code SavedQuery}, {@code Scene} and {@code ReportSchedule} nodes) into the bookkeeping store, once, at start-up,
 * before anything reads it. A batch is committed to the store first and deleted from the graph after; the store
 * merges by key, so a crash between the two only means that the next start copies that batch again.
 * Every store class that holds moved data depends on this bean.
 */
@Component
public class MovedOutOfGraph {

    private static final Logger log = LoggerFactory.getLogger(MovedOutOfGraph.class);
    private static final int BATCH = 1_000;

    /**
     * One old label: the statement that merges a node's properties into its table, and those properties as parameters.
     * A node without one of the {@code required} properties cannot be moved; it stays in the graph with a warning.
     */
    private record Kind(String label, List<String> required, String merge,
                        Function<Map<String, Object>, Map<String, Object>> row) {

        Kind(String label, String merge, Function<Map<String, Object>, Map<String, Object>> row) {
            this(label, List.of(), merge, row);
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("UserAccount", List.of("username", "passwordHash"), """
                    MERGE INTO user_account (username, password_hash, roles, regions, enabled, created_at, updated_at)
                    KEY (username)
                    VALUES (:username, :passwordHash, :roles, :regions, :enabled, :createdAt, :updatedAt)
                    """, p -> row(p, "username", "passwordHash", "roles", "regions", "enabled", "createdAt", "updatedAt")),
            new Kind("AuditEntry", """
                    MERGE INTO audit_entry (id, recorded_at, user_name, action, target, outcome, details) KEY (id)
                    VALUES (:id, :at, :user, :action, :target, :outcome, :details)
                    """, p -> row(p, "id", "at", "user", "action", "target", "outcome", "details")),
            new Kind("SavedQuery", """
                    MERGE INTO saved_query (id, owner, title, description, query, params, created_at, updated_at)
                    KEY (id)
                    VALUES (:id, :owner, :title, :description, :query, :params, :createdAt, :updatedAt)
                    """, p -> row(p, "id", "owner", "title", "description", "query", "params", "createdAt", "updatedAt")),
            new Kind("Scene", """
                    MERGE INTO scene (id, owner, name, nodes, node_count, filters, view_state, created_at, updated_at)
                    KEY (id)
                    VALUES (:id, :owner, :name, :nodes, :nodeCount, :filters, :view, :createdAt, :updatedAt)
                    """, p -> row(p, "id", "owner", "name", "nodes", "nodeCount", "filters", "view", "createdAt",
                    "updatedAt")),
            new Kind("ReportSchedule", """
                    MERGE INTO report_schedule (id, report, cron, format, lang, region, recipients, created_by,
                                                created_at, last_run_at, last_outcome)
                    KEY (id)
                    VALUES (:id, :report, :cron, :format, :lang, :region, :recipients, :createdBy, :createdAt,
                            :lastRunAt, :lastOutcome)
                    """, p -> row(p, "id", "report", "cron", "format", "lang", "region", "recipients", "createdBy",
                    "createdAt", "lastRunAt", "lastOutcome")));

    /** Defaults for properties that old nodes may lack (set by older versions, or by hand). */
    private static final Map<String, Object> DEFAULTS = Map.of("regions", List.of(), "enabled", true,
            "description", "", "params", "{}", "filters", "{}", "view", "{}", "nodes", "[]", "nodeCount", 0L,
            "recipients", List.of(), "lang", "nl");

    MovedOutOfGraph(Driver driver, JdbcClient jdbc,
                    @Qualifier(BookkeepingStore.TRANSACTIONS) PlatformTransactionManager transactions,
                    SchemaMigrations schema) {
        TransactionTemplate inStore = new TransactionTemplate(transactions);
        for (Kind kind : KINDS) {
            long moved = 0;
            List<Node> batch;
            while (!(batch = read(driver, kind)).isEmpty()) {
                List<Node> nodes = batch;
                inStore.executeWithoutResult(status -> nodes.forEach(
                        node -> jdbc.sql(kind.merge()).params(kind.row().apply(node.properties())).update()));
                delete(driver, nodes);
                moved += nodes.size();
            }
            if (moved > 0) {
                log.info("Moved {} {} nodes from the graph to the bookkeeping store", moved, kind.label());
            }
            long left = count(driver, kind.label());
            if (left > 0) {
                log.warn("{} {} nodes lack one of {} and stay in the graph, unused; recreate what they held and "
                        + "delete them", left, kind.label(), kind.required());
            }
        }
    }

    private record Node(String elementId, Map<String, Object> properties) {
    }

    private static List<Node> read(Driver driver, Kind kind) {
        try (var session = driver.session()) {
            // A dynamic label: no warning about an unknown label on a database that never had these nodes.
            return session.executeRead(tx -> tx.run("""
                            MATCH (n:$($label)) WHERE all(key IN $required WHERE n[key] IS NOT NULL)
                            RETURN elementId(n) AS ref, properties(n) AS p LIMIT $batch
                            """, Map.of("label", kind.label(), "required", kind.required(), "batch", BATCH))
                    .list(r -> new Node(r.get("ref").asString(), r.get("p").asMap(Value::asObject))));
        }
    }

    private static long count(Driver driver, String label) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (n:$($label)) RETURN count(n) AS n",
                    Map.of("label", label)).single().get("n").asLong());
        }
    }

    private static void delete(Driver driver, List<Node> nodes) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("MATCH (n) WHERE elementId(n) IN $refs DETACH DELETE n",
                    Map.of("refs", nodes.stream().map(Node::elementId).toList())).consume());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Map<String, Object> properties, String... names) {
        Map<String, Object> row = new HashMap<>();
        for (String name : names) {
            Object value = properties.getOrDefault(name, DEFAULTS.get(name));
            if (value instanceof ZonedDateTime at) {
                value = at.toOffsetDateTime();
            } else if (value instanceof List<?> list) {
                value = SqlArrays.texts((List<String>) list);
            }
            row.put(name, value);
        }
        if (row.containsKey("createdAt")) {
            row.putIfAbsent("createdAt", OffsetDateTime.now(ZoneOffset.UTC));
            row.computeIfAbsent("updatedAt", name -> row.get("createdAt"));
        }
        return row;
    }
}
