package nl.partnerkaart.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import jakarta.annotation.PreDestroy;
import nl.partnerkaart.model.Kinds;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Runs the files of {@code cypher/reports/} as they are (their header comments included), in read
 * transactions, so the figures are exactly what a risk advisor gets in Neo4j Browser.
 */
@Component
class ReportCypher {

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    /** Rows that are being read; {@link #rows()} waits for them. */
    record Pending(CompletableFuture<List<Map<String, Object>>> reading) {

        /** No rows: a table the request leaves out. */
        static Pending none() {
            return new Pending(CompletableFuture.completedFuture(List.of()));
        }

        List<Map<String, Object>> rows() {
            return ReportThreads.join(reading);
        }
    }

    private final Driver driver;
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    /** Reads the files a report starts at once; its threads only read, they never wait for other reads. */
    private final ExecutorService readers;

    ReportCypher(Driver driver) {
        this.driver = driver;
        this.readers = ReportThreads.pool("report-query");
    }

    /**
     * Starts reading the (first) rows of a file, so that a report's independent files are read side by side, each in
     * its own read transaction: a national report's files each take a core for a second or more.
     */
    Pending start(String file, Map<String, Object> parameters, int firstRows) {
        return new Pending(CompletableFuture.supplyAsync(() -> rows(file, parameters, firstRows), readers));
    }

    Pending start(String file, Map<String, Object> parameters) {
        return start(file, parameters, 0);
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    /** The rows of {@code cypher/reports/<file>.cypher}; values as Java lists, maps, strings, numbers. */
    List<Map<String, Object>> rows(String file, Map<String, Object> parameters) {
        return rows(file, parameters, 0);
    }

    /**
     * The rows of a file counted per value of {@code keys} (columns the file returns), in their order, as
     * {@code CALL { <file> } RETURN <keys>, count(*) AS count}: an overview that shows only the counts does not
     * fetch every row. The keys are column names from the report's code, never from a request.
     */
    List<Map<String, Object>> counted(String file, Map<String, Object> parameters, List<String> keys) {
        String columns = String.join(", ", keys);
        String text = texts.computeIfAbsent(file, ReportCypher::read);
        try (Session session = driver.session(READ)) {
            return session.executeRead(tx -> tx.run("CALL () {\n" + text + "\n}\nRETURN " + columns
                    + ", count(*) AS count ORDER BY " + columns, parameters).list(Record::asMap));
        }
    }

    /**
     * The first rows of a file that ends in its ORDER BY, or all of them when {@code firstRows} is 0. The LIMIT lets
     * the database keep only those rows while sorting, or stop early when the order follows the way it reads.
     */
    List<Map<String, Object>> rows(String file, Map<String, Object> parameters, int firstRows) {
        String text = texts.computeIfAbsent(file, ReportCypher::read);
        String query = firstRows == 0 ? text : text + "\nLIMIT $firstRows";
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("firstRows", firstRows);
        try (Session session = driver.session(READ)) {
            return session.executeRead(tx -> tx.run(query, all).list(Record::asMap));
        }
    }

    /**
     * Starts counting the nodes per origin for the labels a report reads, on the readers, so that the count runs
     * beside the report's own files instead of after them.
     */
    CompletableFuture<DataOrigin> startOrigin(Set<String> labels) {
        return CompletableFuture.supplyAsync(() -> origin(labels), readers);
    }

    /**
     * Nodes per origin, and the public ones per verification status; labels come from the graph model, never a
     * request. The {@code IS NOT NULL} lets the planner count from the origin index (V008) instead of reading every
     * node; the status is read only from the public nodes, which the same index finds.
     */
    private DataOrigin origin(Set<String> labels) {
        try (Session session = driver.session(READ)) {
            return session.executeRead(tx -> {
                DataOrigin total = DataOrigin.NONE;
                for (String label : labels) {
                    if (!Kinds.NODE_LABELS.contains(label)) {
                        throw new IllegalArgumentException("not a label of the graph model: " + label);
                    }
                    Map<String, Long> counts = new HashMap<>();
                    tx.run("MATCH (n:`%s`) WHERE n.origin IS NOT NULL RETURN n.origin AS origin, count(*) AS nodes"
                            .formatted(label)).forEachRemaining(r -> counts.put(r.get("origin").asString(),
                            r.get("nodes").asLong()));
                    Map<String, Long> statuses = new HashMap<>();
                    if (counts.getOrDefault("public", 0L) > 0) {
                        tx.run("""
                                MATCH (n:`%s`) WHERE n.origin = 'public'
                                RETURN coalesce(n.verification, 'unverified') AS status, count(*) AS nodes"""
                                .formatted(label)).forEachRemaining(r -> statuses.put(r.get("status").asString(),
                                r.get("nodes").asLong()));
                    }
                    total = total.plus(new DataOrigin(counts.getOrDefault("public", 0L),
                            counts.getOrDefault("illustrative", 0L), counts.getOrDefault("user", 0L),
                            statuses.getOrDefault("verified", 0L), statuses.getOrDefault("derived", 0L),
                            statuses.getOrDefault("unverified", 0L)));
                }
                return total;
            });
        }
    }

    static String path(String file) {
        return "cypher/reports/" + file + ".cypher";
    }

    private static String read(String file) {
        try {
            return new ClassPathResource(path(file)).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
