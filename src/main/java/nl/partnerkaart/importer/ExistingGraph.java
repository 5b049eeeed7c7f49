package nl.partnerkaart.importer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

/** What the database already holds, read inside the import's own transaction. */
final class ExistingGraph {

    private final Transaction tx;

    ExistingGraph(Transaction tx) {
        this.tx = tx;
    }

    /** The label of each given id that exists, looked up through the unique index of every label. */
    Map<String, String> labelsOf(Collection<String> ids) {
        Map<String, String> labels = new HashMap<>();
        List<String> idList = List.copyOf(ids);
        for (String label : Kinds.NODE_LABELS) {
            // The label comes from the fixed list of the graph model, never from input.
            tx.run("MATCH (n:`" + label + "`) WHERE n.id IN $ids RETURN n.id AS id", Map.of("ids", idList))
                    .forEachRemaining(r -> labels.put(r.get("id").asString(), label));
        }
        return labels;
    }

    /** Current properties of the nodes of one label with the given ids. */
    Map<String, Map<String, Object>> propertiesOf(String label, List<String> ids) {
        Map<String, Map<String, Object>> properties = new HashMap<>();
        tx.run("MATCH (n:`" + label + "`) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS props",
                        Map.of("ids", ids))
                .forEachRemaining(r -> properties.put(r.get("id").asString(),
                        r.get("props").asMap(Value::asObject)));
        return properties;
    }
}
