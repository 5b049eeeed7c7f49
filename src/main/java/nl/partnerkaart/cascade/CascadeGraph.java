package nl.partnerkaart.cascade;

import java.util.List;
import java.util.Map;

import nl.partnerkaart.graph.Graph;
import org.neo4j.driver.TransactionContext;

/**
 * The affected processes and assets with the dependencies among them, for the explorer. The relationships
 * are the ones the propagation went along, read again by element id with their properties.
 */
final class CascadeGraph {

    private static final String NODES = """
            UNWIND $processes AS id
            MATCH (n:VitalProcess {id: id})
            RETURN n
            UNION ALL
            UNWIND $assets AS id
            MATCH (n:Asset {id: id})
            RETURN n
            """;

    private static final String RELATIONSHIPS = """
            UNWIND $ids AS id
            MATCH ()-[r]->() WHERE elementId(r) = id
            RETURN r
            """;

    private CascadeGraph() {
    }

    /** Ignored dependencies are not among the steps: in the "what if" they are backed up, so they carry nothing. */
    static Graph of(TransactionContext tx, Propagation.Outcome outcome) {
        Graph.Builder graph = new Graph.Builder().truncated(outcome.truncated());
        tx.run(NODES, Map.of("processes", idsAt(outcome.hits(), Element.Level.PROCESS),
                "assets", idsAt(outcome.hits(), Element.Level.ASSET))).forEachRemaining(row -> graph.node(row.get("n").asNode()));
        List<String> steps = outcome.steps().stream().map(Impact::relationshipId).distinct().toList();
        tx.run(RELATIONSHIPS, Map.of("ids", steps)).forEachRemaining(row -> graph.relationship(row.get("r").asRelationship()));
        return graph.build();
    }

    private static List<String> idsAt(List<Hit> hits, Element.Level level) {
        return hits.stream().filter(h -> h.element().level() == level).map(h -> h.element().id()).toList();
    }
}
