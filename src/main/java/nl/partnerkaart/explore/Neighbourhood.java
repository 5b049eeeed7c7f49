package nl.partnerkaart.explore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.partnerkaart.graph.Graph;
import nl.partnerkaart.system.NotFoundException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/**
 * The subgraph around a node, breadth first, one query per level: it reads only what it returns, so a node
 * with thousands of neighbours costs one capped read instead of an explosion of paths.
 */
@Service
class Neighbourhood {

    enum Direction { OUT, IN, BOTH }

    private static final Map<Direction, String> LEVEL = Map.of(
            Direction.OUT, "MATCH (a)-[r]->(b)",
            Direction.IN, "MATCH (a)<-[r]-(b)",
            Direction.BOTH, "MATCH (a)-[r]-(b)");

    private static final int EDGES_AMONG_KNOWN = 2_000;

    private final Driver driver;

    Neighbourhood(Driver driver) {
        this.driver = driver;
    }

    /**
     * @param types relationship types to follow; empty means all
     * @param limit the most nodes to return besides the start; more make the answer {@code truncated}
     */
    Graph around(String id, int depth, int limit, List<String> types, Direction direction) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                List<Record> start = tx.run(NodeLookup.NODE_BY_ID + " RETURN n LIMIT 1", Map.of("id", id)).list();
                if (start.isEmpty()) {
                    throw new NotFoundException("No node with id '" + id + "'");
                }
                Node origin = start.get(0).get("n").asNode();
                Graph.Builder graph = new Graph.Builder().node(origin);
                Set<String> seen = new HashSet<>(Set.of(origin.elementId()));
                List<String> frontier = List.of(origin.elementId());
                for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
                    int budget = limit - (seen.size() - 1);
                    if (budget <= 0) {
                        graph.truncated(true);
                        break;
                    }
                    frontier = expand(tx, frontier, types, direction, budget, seen, graph);
                }
                return graph.build();
            });
        }
    }

    private List<String> expand(TransactionContext tx, List<String> frontier, List<String> types, Direction direction,
                                int budget, Set<String> seen, Graph.Builder graph) {
        // Room for every new node the budget allows plus the edges among nodes already found.
        int rowCap = budget + EDGES_AMONG_KNOWN;
        // Only the new nodes that fit the budget come back with their properties: around a hub most of the
        // rows lead to nodes that are already known or cut off, and reading and sending those cost the most.
        Record level = tx.run(LEVEL.get(direction) + """
                 WHERE elementId(a) IN $frontier AND (size($types) = 0 OR type(r) IN $types)
                 WITH r, b LIMIT $rowCap
                 WITH collect(r) AS relationships, collect(DISTINCT b) AS ends
                 RETURN relationships, [b IN ends WHERE NOT elementId(b) IN $seen][..$budget + 1] AS fresh
                """, Values.parameters("frontier", frontier, "types", types, "rowCap", rowCap,
                "seen", List.copyOf(seen), "budget", budget)).single();
        List<Node> fresh = level.get("fresh").asList(Value::asNode);
        List<String> next = new ArrayList<>();
        for (Node neighbour : fresh.subList(0, Math.min(budget, fresh.size()))) {
            seen.add(neighbour.elementId());
            next.add(neighbour.elementId());
            graph.node(neighbour);
        }
        List<Relationship> relationships = level.get("relationships").asList(Value::asRelationship);
        for (Relationship relationship : relationships) {
            if (seen.contains(relationship.startNodeElementId()) && seen.contains(relationship.endNodeElementId())) {
                graph.relationship(relationship);
            }
        }
        graph.truncated(fresh.size() > budget || relationships.size() == rowCap);
        return next;
    }
}
