package nl.partnerkaart.explore;

import java.util.Map;

import nl.partnerkaart.graph.Graph;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Path;
import org.springframework.stereotype.Service;

/**
 * "How is X connected to Y": all shortest paths up to a number of hops. Paths through a source document
 * ({@code MENTIONS}) are left out unless asked for: that two facts share a source says nothing about how
 * the organisations work together.
 */
@Service
class Paths {

    static final int MAX_PATHS = 25;

    private final Driver driver;

    Paths(Driver driver) {
        this.driver = driver;
    }

    Graph between(String from, String to, int maxHops, boolean viaSources) {
        String query = ExploreQueries.shortestPaths(maxHops, viaSources);
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                checkExists(tx, "from", from);
                checkExists(tx, "to", to);
                var rows = tx.run(query, Map.of("from", from, "to", to, "limit", MAX_PATHS + 1)).list();
                Graph.Builder graph = new Graph.Builder().truncated(rows.size() > MAX_PATHS);
                for (Record row : rows.subList(0, Math.min(rows.size(), MAX_PATHS))) {
                    Path path = row.get("p").asPath();
                    path.nodes().forEach(graph::node);
                    path.relationships().forEach(graph::relationship);
                }
                return graph.build();
            });
        }
    }

    private static void checkExists(org.neo4j.driver.TransactionContext tx, String parameter, String id) {
        if (!tx.run(NodeLookup.NODE_BY_ID + " RETURN n LIMIT 1", Map.of("id", id)).hasNext()) {
            throw new NotFoundException(Message.of("node.notFoundIn", id, parameter));
        }
    }
}
