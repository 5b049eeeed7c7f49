package nl.partnerkaart.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.partnerkaart.importer.Kinds;
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

    private final Driver driver;
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    ReportCypher(Driver driver) {
        this.driver = driver;
    }

    /** The rows of {@code cypher/reports/<file>.cypher}; values as Java lists, maps, strings, numbers. */
    List<Map<String, Object>> rows(String file, Map<String, Object> parameters) {
        String query = texts.computeIfAbsent(file, ReportCypher::read);
        try (Session session = driver.session(READ)) {
            return session.executeRead(tx -> tx.run(query, parameters).list(Record::asMap));
        }
    }

    /** Nodes per origin for the labels a report reads; labels come from the graph model, never a request. */
    DataOrigin origin(Set<String> labels) {
        DataOrigin total = new DataOrigin(0, 0, 0);
        try (Session session = driver.session(READ)) {
            for (String label : labels) {
                if (!Kinds.NODE_LABELS.contains(label)) {
                    throw new IllegalArgumentException("not a label of the graph model: " + label);
                }
                Record counts = session.executeRead(tx -> tx.run("""
                        MATCH (n:`%s`)
                        RETURN count(CASE n.origin WHEN 'public' THEN 1 END) AS public,
                               count(CASE n.origin WHEN 'illustrative' THEN 1 END) AS illustrative,
                               count(CASE n.origin WHEN 'user' THEN 1 END) AS user
                        """.formatted(label)).single());
                total = total.plus(new DataOrigin(counts.get("public").asLong(), counts.get("illustrative").asLong(),
                        counts.get("user").asLong()));
            }
        }
        return total;
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
