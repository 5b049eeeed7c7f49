package nl.partnerkaart.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.partnerkaart.database.SchemaMigrations;
import nl.partnerkaart.disk.WriteGate;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The knowledge graph as a backup part: every node and relationship with its labels, type and properties (history
 * {@code Change} nodes and import journals included), in two JSON-lines files. Only the schema migrations' own
 * bookkeeping ({@code __Neo4jMigration*}) is left out: a fresh installation writes it at start. One line per node,
 * {@code {"key", "labels", "properties"}}, and per relationship, {@code {"from", "to", "type", "properties"}}, the
 * keys being the nodes' element ids at backup time; see docs/backups.md for restoring them with plain Cypher.
 * The caller holds the {@link WriteGate}, so the two reads see one state.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // the first part of every backup and its manifest, before the bookkeeping store's
class GraphBackup implements BackupPart {

    static final String NODES = "nodes.jsonl";
    static final String RELATIONSHIPS = "relationships.jsonl";
    private static final int BATCH = 10_000;
    private static final String OWN_NODES = "NOT any(label IN labels(%s) WHERE label STARTS WITH '__Neo4jMigration')";

    private final Driver driver;
    private final JsonMapper json;
    private final TransactionConfig reading;

    GraphBackup(Driver driver, SchemaMigrations schema, JsonMapper json, BackupProperties properties) {
        this.driver = driver;
        this.json = json;
        // One transaction reads the whole graph: the database's limit for a request would cut a large one off.
        this.reading = TransactionConfig.builder().withTimeout(properties.readTimeout()).build();
    }

    @Override
    public String name() {
        return "graph";
    }

    @Override
    public void backUpTo(Path folder) throws IOException {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
             Transaction tx = session.beginTransaction(reading)) {
            write(folder.resolve(NODES), tx, "MATCH (n) WHERE " + OWN_NODES.formatted("n")
                    + " RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS properties", r -> {
                ObjectNode line = json.createObjectNode().put("key", r.get("key").asString());
                line.set("labels", json.valueToTree(r.get("labels").asList(v -> v.asString())));
                line.set("properties", GraphValues.toJson(r.get("properties").asMap(v -> v)));
                return line;
            });
            write(folder.resolve(RELATIONSHIPS), tx, "MATCH (a)-[r]->(b) WHERE " + OWN_NODES.formatted("a") + " AND "
                    + OWN_NODES.formatted("b") + " RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, "
                    + "properties(r) AS properties", r -> {
                ObjectNode line = json.createObjectNode().put("from", r.get("from").asString())
                        .put("to", r.get("to").asString()).put("type", r.get("type").asString());
                line.set("properties", GraphValues.toJson(r.get("properties").asMap(v -> v)));
                return line;
            });
        }
    }

    private void write(Path file, Transaction tx, String query, Function<Record, JsonNode> line) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            var result = tx.run(query);
            while (result.hasNext()) {
                out.write(json.writeValueAsString(line.apply(result.next())));
                out.newLine();
            }
        }
    }

    /**
     * Deletes the graph (the migrations' own nodes excepted) and loads the backup: nodes first, each with a
     * temporary label and key that an index finds, then the relationships between those keys, then the temporary
     * label, key and index go.
     */
    @Override
    public void restoreFrom(Path folder) throws IOException {
        try (Session session = driver.session()) {
            session.run("MATCH (n) WHERE " + OWN_NODES.formatted("n")
                    + " CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
            session.run("CREATE INDEX partnerkaart_restore IF NOT EXISTS FOR (n:__Restoring) ON (n.__restoreKey)")
                    .consume();
            session.run("CALL db.awaitIndexes(300)").consume();
            load(session, folder.resolve(NODES), """
                    UNWIND $rows AS row
                    CREATE (n:$(row.labels))
                    SET n = row.properties, n:__Restoring, n.__restoreKey = row.key
                    """, node -> Map.of("key", node.get("key").asString(),
                    "labels", json.treeToValue(node.get("labels"), List.class),
                    "properties", GraphValues.fromJson(node.get("properties"))));
            load(session, folder.resolve(RELATIONSHIPS), """
                    UNWIND $rows AS row
                    MATCH (a:__Restoring {__restoreKey: row.from}), (b:__Restoring {__restoreKey: row.to})
                    CREATE (a)-[r:$(row.type)]->(b)
                    SET r = row.properties
                    """, rel -> Map.of("from", rel.get("from").asString(), "to", rel.get("to").asString(),
                    "type", rel.get("type").asString(), "properties", GraphValues.fromJson(rel.get("properties"))));
            session.run("MATCH (n:__Restoring) CALL (n) { REMOVE n:__Restoring, n.__restoreKey } "
                    + "IN TRANSACTIONS OF 10000 ROWS").consume();
            session.run("DROP INDEX partnerkaart_restore IF EXISTS").consume();
        }
    }

    private void load(Session session, Path file, String query, Function<JsonNode, Map<String, Object>> row)
            throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.add(row.apply(json.readTree(line)));
                if (rows.size() == BATCH) {
                    write(session, query, rows);
                    rows = new ArrayList<>();
                }
            }
            if (!rows.isEmpty()) {
                write(session, query, rows);
            }
        }
    }

    private static void write(Session session, String query, List<Map<String, Object>> rows) {
        session.executeWriteWithoutResult(tx -> tx.run(query, Map.of("rows", rows)).consume());
    }

    /** Whether the graph holds anything but the migrations' own nodes. */
    @Override
    public boolean isEmpty() {
        try (Session session = driver.session()) {
            return !session.executeRead(tx -> tx.run("MATCH (n) WHERE " + OWN_NODES.formatted("n")
                    + " RETURN n LIMIT 1").hasNext());
        }
    }
}
