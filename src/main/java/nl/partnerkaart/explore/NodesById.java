package nl.partnerkaart.explore;

import java.util.List;
import java.util.Map;

import nl.partnerkaart.graph.Graph;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/**
 * A given set of nodes with every relationship among them: what a saved scene shows when it is opened again.
 * Ids that no longer exist are simply absent from the answer.
 */
@Service
public class NodesById {

    public static final int MAX_EDGES = 50_000;

    private final Driver driver;

    NodesById(Driver driver) {
        this.driver = driver;
    }

    public Graph among(List<String> ids) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                Graph.Builder graph = new Graph.Builder();
                tx.run(NodeLookup.NODES_BY_IDS + " RETURN n", Map.of("ids", ids))
                        .forEachRemaining(row -> graph.node(row.get("n").asNode()));
                List<Record> edges = tx.run(NodeLookup.NODES_BY_IDS + """
                         MATCH (n)-[r]->(b) WHERE b.id IN $ids
                         RETURN r LIMIT $limit
                        """, Map.of("ids", ids, "limit", MAX_EDGES + 1)).list();
                edges.stream().limit(MAX_EDGES).forEach(row -> graph.relationship(row.get("r").asRelationship()));
                return graph.truncated(edges.size() > MAX_EDGES).build();
            });
        }
    }
}
