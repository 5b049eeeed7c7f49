package nl.partnerkaart.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.partnerkaart.history.ChangeBatch;
import nl.partnerkaart.history.ChangeLog;
import nl.partnerkaart.model.ItemLayout;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * Reads and writes one node of one kind and its reference relationships inside the caller's transaction,
 * recording a Change for every relationship it adds, changes or removes. Labels and relationship types come
 * only from the import layout, never from input.
 */
final class ItemStore {

    private final SimpleQueryRunner tx;
    private final ItemLayout.NodeLayout layout;

    ItemStore(SimpleQueryRunner tx, ItemLayout.NodeLayout layout) {
        this.tx = tx;
        this.layout = layout;
    }

    private String match() {
        return "MATCH (n:`" + layout.label() + "` {id: $id}) ";
    }

    Optional<Map<String, Object>> properties(String id) {
        return tx.run(match() + "RETURN properties(n) AS props", Map.of("id", id)).list().stream().findFirst()
                .map(r -> r.get("props").asMap(Value::asObject));
    }

    /** Properties and reference columns together, as a form shows them. */
    Optional<Map<String, Object>> item(String id) {
        return properties(id).map(props -> {
            Map<String, Object> item = new LinkedHashMap<>(props);
            layout.links().forEach(link -> item.put(link.name(), targets(id, link)));
            return item;
        });
    }

    /**
     * Takes the node's write lock before reading its version, so two saves of the same version are serialised
     * and the second sees the first's version.
     */
    long lockVersion(String id) {
        if (tx.run(match() + "SET n.editLock = true RETURN n.id", Map.of("id", id)).list().isEmpty()) {
            throw new NotFoundException(Message.of("item.notFound", layout.kind(), id));
        }
        return tx.run(match() + "REMOVE n.editLock RETURN coalesce(n.version, 0) AS version", Map.of("id", id))
                .single().get("version").asLong();
    }

    void create(String id, Map<String, Object> properties) {
        tx.run("CREATE (n:`" + layout.label() + "` {id: $id}) SET n += $props, n.version = 1",
                Map.of("id", id, "props", properties)).consume();
    }

    /** @param properties null values remove the property */
    void update(String id, Map<String, Object> properties) {
        tx.run(match() + "SET n += $props, n.version = coalesce(n.version, 0) + 1",
                Map.of("id", id, "props", properties)).consume();
    }

    void deriveName(String id) {
        if (layout.derivedName() != null) {
            tx.run(match() + "SET n.name = " + layout.derivedName(), Map.of("id", id)).consume();
        }
    }

    /** Makes the node's references exactly those given, per group of columns that write the same relationships. */
    void writeReferences(String id, Map<String, List<String>> references, Map<String, String> labels, ChangeBatch changes) {
        Map<String, List<ItemLayout.Link>> groups = layout.links().stream().collect(Collectors.groupingBy(
                l -> l.type() + l.outgoing() + l.targetLabels(), LinkedHashMap::new, Collectors.toList()));
        for (List<ItemLayout.Link> group : groups.values()) {
            ItemLayout.Link first = group.get(0);
            Map<String, Map<String, Object>> wanted = new LinkedHashMap<>();
            group.forEach(link -> references.getOrDefault(link.name(), List.of())
                    .forEach(target -> wanted.put(target, link.properties())));
            Map<String, Map<String, Object>> present = current(id, first);
            for (var entry : present.entrySet()) {
                if (!wanted.containsKey(entry.getKey())) {
                    run(id, first, entry.getKey(), "DELETE r", Map.of());
                    changes.record("delete", layout.kind(), relationshipId(id, first, entry.getKey()), entry.getValue(), null);
                }
            }
            for (var entry : wanted.entrySet()) {
                Map<String, Object> before = present.get(entry.getKey());
                if (before == null) {
                    add(id, first, entry.getKey(), labels.get(entry.getKey()), entry.getValue(), changes);
                } else if (!entry.getValue().entrySet().stream().allMatch(e -> Objects.equals(before.get(e.getKey()), e.getValue()))) {
                    Map<String, Object> after = new HashMap<>(before);
                    after.putAll(entry.getValue());
                    run(id, first, entry.getKey(), "SET r += $props", entry.getValue());
                    changes.record("update", layout.kind(), relationshipId(id, first, entry.getKey()), before, after);
                }
            }
        }
    }

    private void add(String id, ItemLayout.Link link, String target, String targetLabel,
                     Map<String, Object> fixed, ChangeBatch changes) {
        if (!link.targetLabels().contains(targetLabel)) {
            throw new IllegalStateException(target + " is not a " + link.targetLabels());
        }
        Map<String, Object> props = new HashMap<>(fixed);
        props.put("origin", "user");
        tx.run(match() + "MATCH (t:`" + targetLabel + "` {id: $target}) CREATE " + pattern(link) + " SET r = $props",
                Map.of("id", id, "target", target, "props", props)).consume();
        changes.record("create", layout.kind(), relationshipId(id, link, target), null, props);
    }

    private Map<String, Map<String, Object>> current(String id, ItemLayout.Link link) {
        Map<String, Map<String, Object>> present = new LinkedHashMap<>();
        tx.run(match() + "MATCH " + pattern(link) + " WHERE any(l IN labels(t) WHERE l IN $labels) "
                        + "RETURN t.id AS target, properties(r) AS props ORDER BY target",
                Map.of("id", id, "labels", link.targetLabels()))
                .forEachRemaining(r -> present.put(r.get("target").asString(), r.get("props").asMap(Value::asObject)));
        return present;
    }

    /** The targets one reference column names: those of its relationships that carry its fixed properties. */
    private List<String> targets(String id, ItemLayout.Link link) {
        List<String> targets = new ArrayList<>();
        current(id, link).forEach((target, props) -> {
            if (link.properties().entrySet().stream().allMatch(e -> Objects.equals(props.get(e.getKey()), e.getValue()))) {
                targets.add(target);
            }
        });
        return targets;
    }

    private void run(String id, ItemLayout.Link link, String target, String action, Map<String, Object> props) {
        tx.run(match() + "MATCH " + pattern(link) + " WHERE t.id = $target AND any(l IN labels(t) WHERE l IN $labels) "
                + action, Map.of("id", id, "target", target, "labels", link.targetLabels(), "props", props)).consume();
    }

    private static String pattern(ItemLayout.Link link) {
        return link.outgoing() ? "(n)-[r:`" + link.type() + "`]->(t)" : "(n)<-[r:`" + link.type() + "`]-(t)";
    }

    private static String relationshipId(String id, ItemLayout.Link link, String target) {
        return link.outgoing() ? ChangeLog.relationshipId(id, link.type(), target)
                : ChangeLog.relationshipId(target, link.type(), id);
    }

    /** Items of other kinds that must name exactly one node like this one, and would be left without it. */
    List<String> dependants(String id) {
        List<String> found = new ArrayList<>();
        for (ItemLayout.NodeLayout other : ItemLayout.nodes()) {
            for (ItemLayout.Link link : other.links()) {
                if (link.exactlyOne() && link.outgoing() && link.targetLabels().contains(layout.label())) {
                    tx.run("MATCH (d:`" + other.label() + "`)-[:`" + link.type() + "`]->(n:`" + layout.label()
                                    + "` {id: $id}) RETURN d.id AS id LIMIT 5", Map.of("id", id))
                            .forEachRemaining(r -> found.add(other.label() + " " + r.get("id").asString()));
                }
            }
        }
        return found;
    }

    /** Deletes the node and all its relationships, recording each relationship and then the node. */
    void delete(String id, Map<String, Object> before, ChangeBatch changes) {
        tx.run(match() + """
                MATCH (n)-[r]-()
                RETURN startNode(r).id AS from, labels(startNode(r))[0] AS fromLabel, type(r) AS type,
                       endNode(r).id AS to, labels(endNode(r))[0] AS toLabel, properties(r) AS props
                """, Map.of("id", id)).list().forEach(r -> {
            String type = r.get("type").asString();
            String kind = ItemLayout.kindOfRelationship(type, r.get("fromLabel").asString(), r.get("toLabel").asString())
                    .orElse(layout.kind());
            changes.record("delete", kind, ChangeLog.relationshipId(r.get("from").asString(), type,
                    r.get("to").asString()), r.get("props").asMap(Value::asObject), null);
        });
        tx.run(match() + "DETACH DELETE n", Map.of("id", id)).consume();
        changes.record("delete", layout.kind(), id, before, null);
    }
}
