package nl.partnerkaart.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.partnerkaart.model.ItemLayout;
import nl.partnerkaart.model.Kind;
import nl.partnerkaart.model.Kinds;
import nl.partnerkaart.model.NodeKind;
import nl.partnerkaart.model.Reference;
import nl.partnerkaart.model.RelationshipKind;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Undoes rows of an import from their Change nodes (HISTORY-SPEC: before and after per row), in the caller's
 * transaction. A created node goes, with its relationships; an updated node gets its before-image back
 * (properties, version, and the reference relationships its Change lists); a relationship row is removed or gets
 * its properties back. Only where the import's write is still the latest: a node whose version is no longer the one
 * the import wrote, or a relationship whose properties are no longer the import's, was changed since (a form's
 * edit) and is kept as it is, so nobody's later edit is silently reverted. Labels, types and keys in the statements
 * come from the import layout; every value is a parameter.
 */
final class ChangeReversal {

    /** One Change of an import, its JSON read. */
    record Change(String kind, String action, String itemId, Map<String, Object> before, Map<String, Object> after) {
    }

    private final SimpleQueryRunner tx;
    private final List<String> kept = new ArrayList<>();

    private ChangeReversal(SimpleQueryRunner tx) {
        this.tx = tx;
    }

    /** @return the items left as they are because they were changed after the import wrote them */
    static List<String> undo(SimpleQueryRunner tx, List<Change> changes) {
        ChangeReversal reversal = new ChangeReversal(tx);
        changes.stream().collect(Collectors.groupingBy(Change::kind, LinkedHashMap::new, Collectors.toList()))
                .forEach((name, ofKind) -> {
                    Kind kind = Kinds.named(name).orElseThrow();
                    if (kind instanceof NodeKind nodes) {
                        reversal.undoNodes(nodes, ofKind);
                    } else {
                        reversal.undoRelationships((RelationshipKind) kind, ofKind);
                    }
                });
        return reversal.kept;
    }

    private void undoNodes(NodeKind kind, List<Change> changes) {
        String match = "UNWIND $rows AS row MATCH (n:`" + kind.label() + "` {id: row.id}) ";
        List<Map<String, Object>> versions = changes.stream()
                .map(c -> Map.of("id", c.itemId(), "version", c.after().get("version"))).toList();
        Set<String> edited = new HashSet<>(tx.run(match + "WHERE n.version <> row.version RETURN row.id AS id",
                Map.of("rows", versions)).list(r -> r.get("id").asString()));
        kept.addAll(edited);
        List<Change> undone = changes.stream().filter(c -> !edited.contains(c.itemId())).toList();
        run(match + "DETACH DELETE n", undone.stream().filter(c -> c.before() == null)
                .map(c -> Map.<String, Object>of("id", c.itemId())).toList());
        List<Change> updated = undone.stream().filter(c -> c.before() != null).toList();
        run(match + "SET n = row.props", updated.stream().map(c -> Map.<String, Object>of("id", c.itemId(),
                "props", ItemLayout.typed(ItemLayout.node(kind.name()).orElseThrow().fields(),
                        properties(c.before(), kind)))).toList());
        kind.references().stream().collect(Collectors.groupingBy(Reference::group, LinkedHashMap::new,
                Collectors.toList())).values().forEach(group -> undoReferences(kind, group, updated));
    }

    /** A node row's before-image without the target lists of its reference columns. */
    private static Map<String, Object> properties(Map<String, Object> image, NodeKind kind) {
        Map<String, Object> properties = new HashMap<>(image);
        kind.references().forEach(reference -> properties.remove(reference.column()));
        return properties;
    }

    /**
     * Removes the relationships of one reference group that the import added, and gives back those it removed or
     * moved to another column (with the column's fixed properties; a given-back relationship takes the node's
     * origin, which is what the import writes on a reference relationship).
     */
    private void undoReferences(NodeKind kind, List<Reference> group, List<Change> updated) {
        List<Map<String, Object>> added = new ArrayList<>();
        Map<Reference, List<Map<String, Object>>> givenBack = new LinkedHashMap<>();
        for (Change change : updated) {
            Map<String, Reference> before = targets(change.before(), group);
            Map<String, Reference> after = targets(change.after(), group);
            after.keySet().stream().filter(target -> !before.containsKey(target))
                    .forEach(target -> added.add(Map.of("id", change.itemId(), "target", target)));
            before.forEach((target, column) -> {
                if (!Objects.equals(after.get(target), column)) {
                    Map<String, Object> row = new HashMap<>(Map.of("id", change.itemId(), "target", target));
                    row.put("origin", change.before().get("origin"));
                    givenBack.computeIfAbsent(column, k -> new ArrayList<>()).add(row);
                }
            });
        }
        Reference any = group.get(0);
        String node = "UNWIND $rows AS row MATCH (n:`" + kind.label() + "` {id: row.id}) ";
        run(node + "MATCH " + ImportWriter.pattern(any, "[r:`" + any.type() + "`]") + " WHERE t.id = row.target AND ("
                + any.targetLabels().stream().map(l -> "t:`" + l + "`").collect(Collectors.joining(" OR "))
                + ") DELETE r", added);
        givenBack.forEach((column, rows) -> {
            for (String label : column.targetLabels()) {
                tx.run(node + "MATCH (t:`" + label + "` {id: row.target}) MERGE "
                        + ImportWriter.pattern(column, "[r:`" + column.type() + "`]")
                        + " ON CREATE SET r.origin = row.origin SET r += $fixed",
                        Map.of("rows", rows, "fixed", column.properties())).consume();
            }
        });
    }

    /** The targets an image lists under the columns of one group, each with its column. */
    @SuppressWarnings("unchecked")
    private static Map<String, Reference> targets(Map<String, Object> image, List<Reference> group) {
        Map<String, Reference> targets = new HashMap<>();
        for (Reference column : group) {
            ((List<String>) image.getOrDefault(column.column(), List.of())).forEach(t -> targets.put(t, column));
        }
        return targets;
    }

    private void undoRelationships(RelationshipKind kind, List<Change> changes) {
        List<ItemLayout.Field> fields = ItemLayout.relationship(kind.name()).orElseThrow().fields();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Change change : changes) {
            String[] ends = change.itemId().split("\\|", 3);
            Map<String, Object> row = new HashMap<>(Map.of("itemId", change.itemId(), "from", ends[0], "to", ends[2],
                    "after", ItemLayout.typed(fields, change.after())));
            row.put("before", change.before() == null ? null : ItemLayout.typed(fields, change.before()));
            rows.add(row);
        }
        for (String from : kind.fromLabels()) {
            for (String to : kind.toLabels()) {
                String match = "UNWIND $rows AS row MATCH (a:`" + from + "` {id: row.from})-[r:`" + kind.type()
                        + "`]->(b:`" + to + "` {id: row.to}) ";
                kept.addAll(tx.run(match + "WHERE properties(r) <> row.after RETURN row.itemId AS id",
                        Map.of("rows", rows)).list(r -> r.get("id").asString()));
                run(match + "WHERE properties(r) = row.after AND row.before IS NULL DELETE r", rows);
                run(match + "WHERE properties(r) = row.after AND row.before IS NOT NULL SET r = row.before", rows);
            }
        }
    }

    private void run(String statement, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            tx.run(statement, Map.of("rows", rows)).consume();
        }
    }
}
