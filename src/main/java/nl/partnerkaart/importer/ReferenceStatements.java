package nl.partnerkaart.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The statements that make the relationships of reference columns what the rows list, at most {@code batchSize}
 * rows each. New relationships go one row per node with the list of its targets (one look-up of the node for all of
 * them) and the fixed properties of the column as one parameter ({@code $fixed}), not repeated per relationship;
 * removed and changed ones (rare) one row per relationship. Labels, types and property keys come from the fixed
 * import layout; every value is a parameter. No plan needs an {@code Eager} step: the relationships written are
 * not read again by the statement, and the nodes it matches are not changed by it.
 */
final class ReferenceStatements {

    /**
     * One relationship of a reference column to create, remove or change.
     *
     * @param origin the origin of the row, which a new relationship gets
     * @param before its properties now, null when it is to be created
     * @param remove whether it is to be removed
     */
    record Link(String id, Reference reference, String target, Object origin, Map<String, Object> before,
                boolean remove) {

        boolean isNew() {
            return before == null;
        }
    }

    /** One statement with its parameters. */
    record Statement(String query, Map<String, Object> parameters) {
    }

    private final Map<String, String> labels;
    private final int batchSize;

    /**
     * @param labels the label of every id the import names, for references whose targets may have several labels
     */
    ReferenceStatements(Map<String, String> labels, int batchSize) {
        this.labels = labels;
        this.batchSize = batchSize;
    }

    List<Statement> of(NodeKind kind, List<Link> links) {
        // The hint keeps the planner from scanning when the statistics are thin (a fresh or small database).
        String node = "UNWIND $rows AS row MATCH (n:`" + kind.label() + "` {id: row.id}) USING INDEX n:`" + kind.label()
                + "`(id) ";
        Map<Shape, List<Map<String, Object>>> rowsByShape = new LinkedHashMap<>();
        Map<Shape, Map<String, Map<String, Object>>> newRowsByNode = new LinkedHashMap<>();
        for (Link link : links) {
            Reference reference = link.reference();
            String type = "[r:`" + reference.type() + "`%s]";
            if (link.isNew()) {
                String target = targetLabelOf(link.target(), reference);
                Shape shape = new Shape(node + "UNWIND row.targets AS target MATCH (t:`" + target + "` {id: target}) "
                        + "CREATE " + pattern(reference, type.formatted(newProperties(reference))), reference);
                Map<String, Object> row = newRowsByNode.computeIfAbsent(shape, k -> new LinkedHashMap<>())
                        .computeIfAbsent(link.id(), id -> newRow(id, link.origin()));
                @SuppressWarnings("unchecked")
                List<String> targets = (List<String>) row.get("targets");
                targets.add(link.target());
                continue;
            }
            String existingOne = "MATCH " + pattern(reference, type.formatted("")) + " WHERE t.id = row.target AND ("
                    + reference.targetLabels().stream().map(l -> "t:`" + l + "`").collect(Collectors.joining(" OR "))
                    + ") ";
            String change = link.remove() ? "DELETE r" : "SET " + reference.properties().keySet().stream().sorted()
                    .map(key -> "r.`" + key + "` = $fixed.`" + key + "`").collect(Collectors.joining(", "));
            rowsByShape.computeIfAbsent(new Shape(node + existingOne + change, reference), k -> new ArrayList<>())
                    .add(Map.of("id", link.id(), "target", link.target()));
        }
        newRowsByNode.forEach((shape, rows) -> rowsByShape.put(shape, new ArrayList<>(rows.values())));
        List<Statement> statements = new ArrayList<>();
        rowsByShape.forEach((shape, rows) -> {
            for (List<Map<String, Object>> batch : ImportWriter.batches(rows, batchSize)) {
                statements.add(new Statement(shape.query(), Map.of("rows", batch,
                        "fixed", shape.reference().properties())));
            }
        });
        return statements;
    }

    /** A statement's text, and the column whose fixed properties it sets. */
    private record Shape(String query, Reference reference) {
    }

    private static Map<String, Object> newRow(String id, Object origin) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("origin", origin);
        row.put("targets", new ArrayList<String>());
        return row;
    }

    /** {@code  {origin: row.origin, partial: $fixed.partial}}: the column's fixed properties and the row's origin. */
    private static String newProperties(Reference reference) {
        return Stream.concat(reference.properties().keySet().stream().filter(key -> !key.equals("origin")).sorted()
                        .map(key -> "`" + key + "`: $fixed.`" + key + "`"), Stream.of("origin: row.origin"))
                .collect(Collectors.joining(", ", " {", "}"));
    }

    static String pattern(Reference reference, String relationship) {
        return reference.outgoing() ? "(n)-" + relationship + "->(t)" : "(n)<-" + relationship + "-(t)";
    }

    private String targetLabelOf(String id, Reference reference) {
        return reference.targetLabels().size() == 1 ? reference.targetLabels().get(0) : labels.get(id);
    }
}
