package nl.partnerkaart.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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

    /**
     * Current targets of the given references (one group: same type, direction and target labels), per node
     * id and reference column. A relationship belongs to the column whose fixed properties it carries.
     */
    Map<String, Map<String, List<String>>> referencesOf(String label, List<Reference> group, List<String> ids) {
        Reference first = group.get(0);
        String pattern = first.outgoing() ? "(n)-[r:`" + first.type() + "`]->(t)" : "(n)<-[r:`" + first.type() + "`]-(t)";
        String targetIsAllowed = first.targetLabels().stream().map(l -> "t:`" + l + "`")
                .collect(Collectors.joining(" OR "));
        Map<String, Map<String, List<String>>> references = new HashMap<>();
        tx.run("UNWIND $ids AS id MATCH (n:`" + label + "` {id: id}) RETURN id, [" + pattern + " WHERE "
                        + targetIsAllowed + " | {id: t.id, props: properties(r)}] AS targets", Map.of("ids", ids))
                .forEachRemaining(record -> {
                    Map<String, List<String>> byColumn = new HashMap<>();
                    group.forEach(reference -> byColumn.put(reference.column(), new ArrayList<>()));
                    for (Value target : record.get("targets").values()) {
                        Map<String, Object> props = target.get("props").asMap(Value::asObject);
                        group.stream().filter(reference -> reference.properties().entrySet().stream()
                                        .allMatch(e -> Objects.equals(props.get(e.getKey()), e.getValue())))
                                .findFirst()
                                .ifPresent(reference -> byColumn.get(reference.column()).add(target.get("id").asString()));
                    }
                    references.put(record.get("id").asString(), byColumn);
                });
        return references;
    }

    /** Current properties of relationships of one type between the given pairs, by {@code from|to}. */
    Map<String, Map<String, Object>> relationshipPropertiesOf(String fromLabel, String type, String toLabel,
                                                              List<Map<String, Object>> pairs) {
        Map<String, Map<String, Object>> properties = new HashMap<>();
        tx.run("UNWIND $pairs AS pair MATCH (a:`" + fromLabel + "` {id: pair.from})-[r:`" + type + "`]->(b:`"
                        + toLabel + "` {id: pair.to}) RETURN pair.from AS from, pair.to AS to, properties(r) AS props",
                        Map.of("pairs", pairs))
                .forEachRemaining(r -> properties.put(r.get("from").asString() + "|" + r.get("to").asString(),
                        r.get("props").asMap(Value::asObject)));
        return properties;
    }
}
