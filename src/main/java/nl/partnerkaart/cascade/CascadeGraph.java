package nl.partnerkaart.cascade;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.partnerkaart.graph.Graph;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** The affected processes and assets with the dependencies among them, for the explorer. */
final class CascadeGraph {

    private static final String SUBGRAPH = """
            UNWIND $processes AS id
            MATCH (n:VitalProcess {id: id})
            RETURN n, COLLECT { MATCH (n)-[r:DEPENDS_ON]->(m:VitalProcess) WHERE m.id IN $ids
                                RETURN {r: r, target: m.id} } AS out
            UNION ALL
            UNWIND $assets AS id
            MATCH (n:Asset {id: id})
            RETURN n, COLLECT { MATCH (n)-[r:DEPENDS_ON|SUPPORTS]->(m) WHERE (m:Asset OR m:VitalProcess) AND m.id IN $ids
                                RETURN {r: r, target: m.id} } AS out
            """;

    private CascadeGraph() {
    }

    /** Ignored dependencies are left out: in the "what if" they are backed up, so they carry nothing. */
    static Graph of(TransactionContext tx, List<Hit> hits, Set<String> ignored, boolean truncated) {
        List<String> processes = idsAt(hits, Element.Level.PROCESS);
        List<String> assets = idsAt(hits, Element.Level.ASSET);
        List<String> ids = hits.stream().map(h -> h.element().id()).toList();
        Graph.Builder graph = new Graph.Builder().truncated(truncated);
        tx.run(SUBGRAPH, Map.of("processes", processes, "assets", assets, "ids", ids)).forEachRemaining(row -> {
            var node = row.get("n").asNode();
            graph.node(node);
            String source = node.get("id").asString();
            for (Value out : row.get("out").values()) {
                var relationship = out.get("r").asRelationship();
                if (!ignored.contains(source + "|" + relationship.type() + "|" + out.get("target").asString())) {
                    graph.relationship(relationship);
                }
            }
        });
        return graph.build();
    }

    private static List<String> idsAt(List<Hit> hits, Element.Level level) {
        return hits.stream().filter(h -> h.element().level() == level).map(h -> h.element().id()).toList();
    }
}
