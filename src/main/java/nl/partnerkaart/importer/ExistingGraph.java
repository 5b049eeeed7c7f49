package nl.partnerkaart.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import nl.partnerkaart.model.Kinds;
import nl.partnerkaart.model.Reference;
import org.neo4j.driver.Record;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

/**
 * What the database already holds, read inside the import's current transaction (which sees the batches it has
 * committed). A label is either read whole (one streaming scan) or looked up id by id through its unique index,
 * whichever touches fewer nodes: an import of most of a label reads it in one pass, a small import of a large
 * label does not.
 */
final class ExistingGraph {

    /** An index look-up costs about as much as reading this many nodes of a scan. */
    private static final int SCAN_NODES_PER_LOOKUP = 4;
    private static final int IDS_PER_LOOKUP = 10_000;

    /** The transaction to read in: an import's current one changes as it commits batches. */
    private final Supplier<Transaction> transaction;
    private final Map<String, Long> counts = new HashMap<>();
    /** id → label of every id asked for through {@link #labelsOf} that exists. */
    private final Map<String, String> found = new HashMap<>();

    ExistingGraph(Supplier<Transaction> transaction) {
        this.transaction = transaction;
    }

    /** The label of each given id that exists. */
    Map<String, String> labelsOf(Collection<String> ids) {
        Set<String> wanted = ids instanceof Set<String> set ? set : new HashSet<>(ids);
        Map<String, String> labels = new HashMap<>();
        for (String label : Kinds.NODE_LABELS) {
            // The label comes from the fixed list of the graph model, never from input.
            read(label, wanted, "n.id AS id", "", r -> labels.put(r.get("id").asString(), label));
        }
        found.putAll(labels);
        return labels;
    }

    /** Those of the ids that exist with this label, of the ids {@link #labelsOf} was asked for. */
    Set<String> idsOf(String label, Collection<String> ids) {
        return ids.stream().filter(id -> label.equals(found.get(id))).collect(Collectors.toSet());
    }

    /** Current properties of the nodes of one label with the given ids. */
    Map<String, Map<String, Object>> propertiesOf(String label, Set<String> ids) {
        Map<String, Map<String, Object>> properties = new HashMap<>();
        read(label, ids, "n.id AS id, properties(n) AS props", "",
                r -> properties.put(r.get("id").asString(), r.get("props").asMap(Value::asObject)));
        return properties;
    }

    /**
     * Current relationships of one reference group (same type, direction and target labels) of the given nodes:
     * node id → target id → relationship properties.
     */
    Map<String, Map<String, Map<String, Object>>> relationshipsOf(String label, Reference group, Set<String> ids) {
        String pattern = group.outgoing() ? "-[r:`" + group.type() + "`]->(t)" : "<-[r:`" + group.type() + "`]-(t)";
        String targetIsAllowed = group.targetLabels().stream().map(l -> "t:`" + l + "`")
                .collect(Collectors.joining(" OR "));
        Map<String, Map<String, Map<String, Object>>> relationships = new HashMap<>();
        read(label, ids, "n.id AS id, t.id AS target, properties(r) AS props",
                " MATCH (n)" + pattern + " WHERE " + targetIsAllowed,
                r -> relationships.computeIfAbsent(r.get("id").asString(), k -> new HashMap<>())
                        .put(r.get("target").asString(), r.get("props").asMap(Value::asObject)));
        return relationships;
    }

    /**
     * Current targets of the given references (one group), per node id and reference column. A relationship
     * belongs to the column whose fixed properties it carries.
     */
    Map<String, Map<String, List<String>>> referencesOf(String label, List<Reference> group, Set<String> ids) {
        Map<String, Map<String, List<String>>> references = new HashMap<>();
        for (String id : ids) {
            Map<String, List<String>> byColumn = new HashMap<>();
            group.forEach(reference -> byColumn.put(reference.column(), new ArrayList<>()));
            references.put(id, byColumn);
        }
        relationshipsOf(label, group.get(0), ids).forEach((id, targets) -> targets.forEach((target, props) ->
                columnOf(group, props).ifPresent(reference -> references.get(id).get(reference.column()).add(target))));
        return references;
    }

    /** The reference column a relationship of the group belongs to: the one whose fixed properties it carries. */
    static java.util.Optional<Reference> columnOf(List<Reference> group, Map<String, Object> props) {
        return group.stream().filter(reference -> reference.properties().entrySet().stream()
                .allMatch(e -> Objects.equals(props.get(e.getKey()), e.getValue()))).findFirst();
    }

    /**
     * Current properties of relationships of one type between the given pairs, by {@code from|to}; only pairs whose
     * ends both exist (of the ids {@link #labelsOf} was asked for) can have one.
     */
    Map<String, Map<String, Object>> relationshipPropertiesOf(String fromLabel, String type, String toLabel,
                                                              List<Map<String, Object>> pairs) {
        Map<String, Map<String, Object>> properties = new HashMap<>();
        List<Map<String, Object>> between = pairs.stream()
                .filter(pair -> found.containsKey(pair.get("from")) && found.containsKey(pair.get("to"))).toList();
        if (between.isEmpty()) {
            return properties;
        }
        transaction.get().run("UNWIND $pairs AS pair MATCH (a:`" + fromLabel + "` {id: pair.from})-[r:`"
                        + type + "`]->(b:`" + toLabel + "` {id: pair.to}) "
                        + "RETURN pair.from AS from, pair.to AS to, properties(r) AS props", Map.of("pairs", between))
                .forEachRemaining(r -> properties.put(r.get("from").asString() + "|" + r.get("to").asString(),
                        r.get("props").asMap(Value::asObject)));
        return properties;
    }

    /**
     * Streams {@code MATCH (n:label) <more> RETURN <columns>} for the nodes with the given ids: by one scan of the
     * label, keeping the wanted ids, or by index look-ups in batches, whichever is cheaper.
     */
    private void read(String label, Set<String> ids, String columns, String more, Consumer<Record> each) {
        long count = counts.computeIfAbsent(label, l -> transaction.get()
                .run("MATCH (n:`" + l + "`) RETURN count(n) AS count")
                .single().get("count").asLong());
        if (count == 0 || ids.isEmpty()) {
            return;
        }
        if (count <= (long) ids.size() * SCAN_NODES_PER_LOOKUP) {
            transaction.get().run("MATCH (n:`" + label + "`)" + more + " RETURN " + columns).forEachRemaining(r -> {
                if (ids.contains(r.get("id").asString())) {
                    each.accept(r);
                }
            });
            return;
        }
        for (List<String> batch : ImportWriter.batches(List.copyOf(ids), IDS_PER_LOOKUP)) {
            transaction.get().run("UNWIND $ids AS id MATCH (n:`" + label + "` {id: id})" + more + " RETURN "
                    + columns, Map.of("ids", batch)).forEachRemaining(each);
        }
    }
}
