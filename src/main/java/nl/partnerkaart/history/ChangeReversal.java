package nl.partnerkaart.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.partnerkaart.model.ItemLayout;
import nl.partnerkaart.model.ItemLayout.Link;
import nl.partnerkaart.model.ItemLayout.NodeLayout;
import nl.partnerkaart.model.ItemLayout.RelationshipLayout;
import org.neo4j.driver.Record;
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
public final class ChangeReversal {

    /** One Change of an import, its JSON read. */
    private record Change(String kind, String action, String itemId, Map<String, Object> before,
                          Map<String, Object> after) {
    }

    private final SimpleQueryRunner tx;
    private final List<String> kept = new ArrayList<>();

    private ChangeReversal(SimpleQueryRunner tx) {
        this.tx = tx;
    }

    /**
     * Undoes at most {@code limit} Changes of one batch (an import's id) and deletes them, so an undo that is itself
     * interrupted continues where it stopped and never undoes a row twice.
     *
     * @return the items left as they are because they were changed after the import wrote them; empty when no
     *         Change of the batch was left
     */
    public static Optional<List<String>> undoBatch(SimpleQueryRunner tx, String batch, int limit) {
        List<Record> changes = tx.run("""
                MATCH (c:Change {batch: $batch})
                RETURN c.id AS id, c.kind AS kind, c.action AS action, c.itemId AS itemId, c.before AS before,
                       c.after AS after
                LIMIT $limit
                """, Map.of("batch", batch, "limit", limit)).list();
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        List<String> kept = undo(tx, changes.stream().map(c -> new Change(c.get("kind").asString(),
                c.get("action").asString(), c.get("itemId").asString(),
                ImportChanges.image(c.get("before").asString(null)), ImportChanges.image(c.get("after").asString(null))))
                .toList());
        tx.run("UNWIND $ids AS id MATCH (c:Change {id: id}) DELETE c",
                Map.of("ids", changes.stream().map(c -> c.get("id").asString()).toList())).consume();
        return Optional.of(kept);
    }

    private static List<String> undo(SimpleQueryRunner tx, List<Change> changes) {
        ChangeReversal reversal = new ChangeReversal(tx);
        changes.stream().collect(Collectors.groupingBy(Change::kind, LinkedHashMap::new, Collectors.toList()))
                .forEach((kind, ofKind) -> ItemLayout.node(kind).ifPresentOrElse(
                        nodes -> reversal.undoNodes(nodes, ofKind),
                        () -> reversal.undoRelationships(ItemLayout.relationship(kind).orElseThrow(), ofKind)));
        return reversal.kept;
    }

    private void undoNodes(NodeLayout kind, List<Change> changes) {
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
                "props", ItemLayout.typed(kind.fields(), properties(c.before(), kind)))).toList());
        kind.links().stream().collect(Collectors.groupingBy(ChangeReversal::group, LinkedHashMap::new,
                Collectors.toList())).values().forEach(group -> undoReferences(kind, group, updated));
    }

    /** A node row's before-image without the target lists of its reference columns. */
    private static Map<String, Object> properties(Map<String, Object> image, NodeLayout kind) {
        Map<String, Object> properties = new HashMap<>(image);
        kind.links().forEach(link -> properties.remove(link.name()));
        return properties;
    }

    /** Reference columns that write the same relationships (e.g. {@code serves} and {@code servesPartially}). */
    private static String group(Link link) {
        return link.type() + (link.outgoing() ? ">" : "<") + String.join("|", link.targetLabels());
    }

    /**
     * Removes the relationships of one reference group that the import added, and gives back those it removed or
     * moved to another column (with the column's fixed properties; a given-back relationship takes the node's
     * origin, which is what the import writes on a reference relationship).
     */
    private void undoReferences(NodeLayout kind, List<Link> group, List<Change> updated) {
        List<Map<String, Object>> added = new ArrayList<>();
        Map<Link, List<Map<String, Object>>> givenBack = new LinkedHashMap<>();
        for (Change change : updated) {
            Map<String, Link> before = targets(change.before(), group);
            Map<String, Link> after = targets(change.after(), group);
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
        Link any = group.get(0);
        String node = "UNWIND $rows AS row MATCH (n:`" + kind.label() + "` {id: row.id}) ";
        run(node + "MATCH " + ItemLayout.pattern(any.outgoing(), "[r:`" + any.type() + "`]") + " WHERE t.id = row.target AND ("
                + any.targetLabels().stream().map(l -> "t:`" + l + "`").collect(Collectors.joining(" OR "))
                + ") DELETE r", added);
        givenBack.forEach((column, rows) -> {
            for (String label : column.targetLabels()) {
                tx.run(node + "MATCH (t:`" + label + "` {id: row.target}) MERGE "
                        + ItemLayout.pattern(column.outgoing(), "[r:`" + column.type() + "`]")
                        + " ON CREATE SET r.origin = row.origin SET r += $fixed",
                        Map.of("rows", rows, "fixed", column.properties())).consume();
            }
        });
    }

    /** The targets an image lists under the columns of one group, each with its column. */
    @SuppressWarnings("unchecked")
    private static Map<String, Link> targets(Map<String, Object> image, List<Link> group) {
        Map<String, Link> targets = new HashMap<>();
        for (Link column : group) {
            ((List<String>) image.getOrDefault(column.name(), List.of())).forEach(t -> targets.put(t, column));
        }
        return targets;
    }

    private void undoRelationships(RelationshipLayout kind, List<Change> changes) {
        List<ItemLayout.Field> fields = kind.fields();
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
