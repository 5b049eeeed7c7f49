package nl.partnerkaart.overview;

import java.util.List;

import nl.partnerkaart.model.Kinds;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Service;

/** Counts what the knowledge base holds, in one read transaction. */
@Service
class OverviewReader {

    private static final String RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r)";

    /** The nodes of one label ({@code %s}) by origin. The label comes from the fixed graph model, never from a request. */
    private static final String NODES_OF_LABEL = """
            MATCH (n:`%s`)
            RETURN count(n) AS total,
                   count(CASE n.origin WHEN 'public' THEN 1 END) AS public,
                   count(CASE n.origin WHEN 'illustrative' THEN 1 END) AS illustrative,
                   count(CASE n.origin WHEN 'user' THEN 1 END) AS user
            """;

    private final Driver driver;

    OverviewReader(Driver driver) {
        this.driver = driver;
    }

    Overview overview() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                List<Overview.KindCount> kinds = Kinds.NODE_LABELS.stream().map(label -> count(tx, label)).toList();
                long relationships = tx.run(RELATIONSHIPS).single().get(0).asLong();
                return new Overview(kinds, relationships, Overview.Datasets.of(kinds));
            });
        }
    }

    private static Overview.KindCount count(TransactionContext tx, String label) {
        Record row = tx.run(NODES_OF_LABEL.formatted(label)).single();
        return new Overview.KindCount(label, row.get("total").asLong(), row.get("public").asLong(),
                row.get("illustrative").asLong(), row.get("user").asLong());
    }
}
