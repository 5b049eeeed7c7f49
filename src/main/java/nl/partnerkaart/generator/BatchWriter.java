package nl.partnerkaart.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes generated rows with batched {@code UNWIND}, one transaction per batch. Nodes of a batch are always
 * written before the relationships collected with them, so a relationship never misses its end node.
 * Labels and types come from the generator's own code, never from input.
 */
final class BatchWriter {

    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    private final Driver driver;
    private final int batchSize;
    private final long started = System.nanoTime();
    private final Map<String, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> relationships = new LinkedHashMap<>();
    private long nodesWritten;
    private long relationshipsWritten;
    private long lastProgress = System.nanoTime();
    private final long targetNodes;

    BatchWriter(Driver driver, int batchSize, long targetNodes) {
        this.driver = driver;
        this.batchSize = batchSize;
        this.targetNodes = targetNodes;
    }

    /** A node with its properties ({@code id} among them). */
    void node(String label, Map<String, Object> properties) {
        if (add(nodes, "UNWIND $rows AS row CREATE (n:`" + label + "`) SET n = row", properties)) {
            nodesWritten += write(nodes);
        }
    }

    void relationship(String fromLabel, String type, String toLabel, String from, String to,
                      Map<String, Object> properties) {
        // Properties named in the pattern rather than SET from a map: that plan needs no Eager step.
        String keys = properties.keySet().stream().sorted().map(key -> key + ": row.properties." + key)
                .collect(Collectors.joining(", "));
        String statement = "UNWIND $rows AS row MATCH (a:`" + fromLabel + "` {id: row.from}) MATCH (b:`" + toLabel
                + "` {id: row.to}) CREATE (a)-[:`" + type + "` {" + keys + "}]->(b)";
        if (add(relationships, statement, Map.of("from", from, "to", to, "properties", properties))) {
            // The nodes collected so far first, so that the relationships find both ends.
            nodesWritten += write(nodes);
            relationshipsWritten += write(Map.of(statement, relationships.get(statement)));
            progress();
        }
    }

    void relationship(String fromLabel, String type, String toLabel, String from, String to) {
        relationship(fromLabel, type, toLabel, from, to, Map.of("origin", "illustrative"));
    }

    /** Whether the statement's buffer is now full. */
    private boolean add(Map<String, List<Map<String, Object>>> buffers, String statement, Map<String, Object> row) {
        List<Map<String, Object>> buffer = buffers.computeIfAbsent(statement, s -> new ArrayList<>());
        buffer.add(row);
        return buffer.size() >= batchSize;
    }

    /** Writes everything still collected. */
    void flush() {
        nodesWritten += write(nodes);
        relationshipsWritten += write(relationships);
        progress();
    }

    private void progress() {
        if (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
            lastProgress = System.nanoTime();
            log.info("Generating: {} of {} nodes, {} relationships, {} s", nodesWritten, targetNodes,
                    relationshipsWritten, (lastProgress - started) / 1_000_000_000);
        }
    }

    private long write(Map<String, List<Map<String, Object>>> buffers) {
        long written = 0;
        try (var session = driver.session()) {
            for (var entry : buffers.entrySet()) {
                if (!entry.getValue().isEmpty()) {
                    var rows = entry.getValue();
                    var counters = session.executeWrite(tx -> tx.run(entry.getKey(), Values.parameters("rows", rows))
                            .consume().counters());
                    written += counters.nodesCreated() + counters.relationshipsCreated();
                    rows.clear();
                }
            }
        }
        return written;
    }

    long nodesWritten() {
        return nodesWritten;
    }

    long relationshipsWritten() {
        return relationshipsWritten;
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
