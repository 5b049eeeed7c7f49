package nl.partnerkaart.explore;

import static nl.partnerkaart.explore.NeighbourhoodQueries.EDGES_AMONG_KNOWN;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import nl.partnerkaart.graph.Graph;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/**
 * The subgraph around a node, breadth first, one query per level (the first one also finds the start): it
 * reads only what it returns, so a node with thousands of neighbours costs one capped read instead of an
 * explosion of paths.
 */
@Service
class Neighbourhood {

    enum Direction { OUT, IN, BOTH }

    private static final Map<Direction, String> PATTERN = Map.of(
            Direction.OUT, "(a)-[r]->(b)",
            Direction.IN, "(a)<-[r]-(b)",
            Direction.BOTH, "(a)-[r]-(b)");

    private static final Map<Direction, String> START_AND_FIRST_LEVEL = queries(NeighbourhoodQueries::startAndFirstLevel);
    private static final Map<Direction, String> NEXT_LEVEL = queries(NeighbourhoodQueries::nextLevel);

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
                List<Record> first = tx.run(START_AND_FIRST_LEVEL.get(direction), Values.parameters("id", id,
                        "types", types, "rowCap", limit + EDGES_AMONG_KNOWN, "budget", limit)).list();
                if (first.isEmpty()) {
                    throw new NotFoundException(Message.of("node.notFound", id));
                }
                Node origin = first.get(0).get("a").asNode();
                Graph.Builder graph = new Graph.Builder().node(origin);
                Set<String> seen = new HashSet<>(Set.of(origin.elementId()));
                List<String> frontier = absorb(first.get(0), limit, seen, graph);
                for (int level = 2; level <= depth && !frontier.isEmpty(); level++) {
                    int budget = limit - (seen.size() - 1);
                    if (budget <= 0) {
                        graph.truncated(true);
                        break;
                    }
                    Record next = tx.run(NEXT_LEVEL.get(direction), Values.parameters("frontier", frontier,
                            "types", types, "rowCap", budget + EDGES_AMONG_KNOWN, "seen", List.copyOf(seen),
                            "budget", budget)).single();
                    frontier = absorb(next, budget, seen, graph);
                }
                return graph.build();
            });
        }
    }

    private static Map<Direction, String> queries(UnaryOperator<String> query) {
        Map<Direction, String> queries = new EnumMap<>(Direction.class);
        PATTERN.forEach((direction, pattern) -> queries.put(direction, query.apply(pattern)));
        return queries;
    }

    /** Adds a level's answer to the graph; returns the new nodes, the next level's frontier. */
    private static List<String> absorb(Record level, int budget, Set<String> seen, Graph.Builder graph) {
        List<Node> fresh = level.get("fresh").asList(Value::asNode);
        List<String> next = new ArrayList<>();
        for (Node neighbour : fresh.subList(0, Math.min(budget, fresh.size()))) {
            seen.add(neighbour.elementId());
            next.add(neighbour.elementId());
            graph.node(neighbour);
        }
        level.get("relationships").asList(Value::asRelationship).forEach(graph::relationship);
        graph.truncated(fresh.size() > budget || level.get("read").asInt() == budget + EDGES_AMONG_KNOWN);
        return next;
    }
}
