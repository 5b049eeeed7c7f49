package nl.partnerkaart.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.neo4j.driver.Result;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes validated rows inside one transaction: nodes by MERGE on id, then the relationships of the
 * reference columns (replacing those a row no longer lists), then the relationship kinds. Labels and
 * types in the statements come from the fixed import layout; every value is a parameter.
 */
final class ImportWriter {

    private static final int BATCH = 10_000;

    private final Transaction tx;
    private final ExistingGraph existing;
    private final Map<String, String> labels;
    private long relationshipsCreated;
    private long relationshipsDeleted;

    ImportWriter(Transaction tx, ExistingGraph existing, Map<String, String> labels) {
        this.tx = tx;
        this.existing = existing;
        this.labels = labels;
    }

    ImportReport write(ImportValidator.Result validated, boolean applied) {
        List<ImportReport.KindCounts> counts = new ArrayList<>();
        for (ImportRows.Nodes nodes : validated.nodes()) {
            counts.add(writeNodes(nodes));
        }
        for (ImportRows.Nodes nodes : validated.nodes()) {
            writeReferences(nodes);
            if (nodes.kind().derivedName() != null) {
                run("UNWIND $ids AS id MATCH (n:`" + nodes.kind().label() + "` {id: id}) SET n.name = "
                        + nodes.kind().derivedName(), Map.of("ids", nodes.rows().stream().map(ImportRows.NodeRow::id).toList()));
            }
        }
        for (ImportRows.Relationships relationships : validated.relationships()) {
            counts.add(writeRelationships(relationships));
        }
        return new ImportReport(applied, counts, relationshipsCreated, relationshipsDeleted, List.of());
    }

    private ImportReport.KindCounts writeNodes(ImportRows.Nodes nodes) {
        String label = nodes.kind().label();
        int created = 0;
        int updated = 0;
        for (List<ImportRows.NodeRow> batch : batches(nodes.rows())) {
            Map<String, Map<String, Object>> before = existing.propertiesOf(label,
                    batch.stream().map(ImportRows.NodeRow::id).toList());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ImportRows.NodeRow row : batch) {
                Map<String, Object> old = before.get(row.id());
                if (old == null) {
                    created++;
                } else if (!sameProperties(old, row.properties())) {
                    updated++;
                }
                rows.add(Map.of("id", row.id(), "props", row.properties()));
            }
            run("UNWIND $rows AS row MERGE (n:`" + label + "` {id: row.id}) SET n += row.props", Map.of("rows", rows));
        }
        int rows = nodes.rows().size();
        return new ImportReport.KindCounts(nodes.kind().name(), nodes.file(), rows, created, updated,
                rows - created - updated);
    }

    private static boolean sameProperties(Map<String, Object> old, Map<String, Object> incoming) {
        return incoming.entrySet().stream().allMatch(e -> Objects.equals(old.get(e.getKey()), e.getValue()));
    }

    private void writeReferences(ImportRows.Nodes nodes) {
        String label = nodes.kind().label();
        Map<String, List<Reference>> groups = nodes.presentReferences().stream()
                .collect(Collectors.groupingBy(Reference::group, LinkedHashMap::new, Collectors.toList()));
        for (List<Reference> group : groups.values()) {
            Reference first = group.get(0);
            String pattern = first.outgoing() ? "(n)-[r:`" + first.type() + "`]->(t)" : "(n)<-[r:`" + first.type() + "`]-(t)";
            String targetIsAllowed = first.targetLabels().stream().map(l -> "t:`" + l + "`")
                    .collect(Collectors.joining(" OR "));
            List<Map<String, Object>> keep = new ArrayList<>();
            Map<String, List<Map<String, Object>>> pairsByTargetLabel = new HashMap<>();
            for (ImportRows.NodeRow row : nodes.rows()) {
                List<String> targets = new ArrayList<>();
                for (Reference reference : group) {
                    for (String target : row.references().get(reference.column())) {
                        targets.add(target);
                        Map<String, Object> props = new HashMap<>(reference.properties());
                        props.put("origin", row.properties().get("origin"));
                        pairsByTargetLabel.computeIfAbsent(targetLabelOf(target, first), k -> new ArrayList<>())
                                .add(Map.of("id", row.id(), "target", target, "props", props));
                    }
                }
                keep.add(Map.of("id", row.id(), "targets", targets));
            }
            for (List<Map<String, Object>> batch : batches(keep)) {
                run("UNWIND $rows AS row MATCH (n:`" + label + "` {id: row.id}) MATCH " + pattern
                        + " WHERE (" + targetIsAllowed + ") AND NOT t.id IN row.targets DELETE r", Map.of("rows", batch));
            }
            String merge = first.outgoing() ? "MERGE (n)-[r:`" + first.type() + "`]->(t)"
                    : "MERGE (n)<-[r:`" + first.type() + "`]-(t)";
            pairsByTargetLabel.forEach((targetLabel, pairs) -> {
                for (List<Map<String, Object>> batch : batches(pairs)) {
                    run("UNWIND $pairs AS pair MATCH (n:`" + label + "` {id: pair.id}) MATCH (t:`" + targetLabel
                            + "` {id: pair.target}) " + merge + " SET r += pair.props", Map.of("pairs", batch));
                }
            });
        }
    }

    private String targetLabelOf(String id, Reference reference) {
        return reference.targetLabels().size() == 1 ? reference.targetLabels().get(0) : labels.get(id);
    }

    private ImportReport.KindCounts writeRelationships(ImportRows.Relationships relationships) {
        RelationshipKind kind = relationships.kind();
        Map<String, List<Map<String, Object>>> byLabels = new LinkedHashMap<>();
        for (ImportRows.RelationshipRow row : relationships.rows()) {
            byLabels.computeIfAbsent(row.fromLabel() + "|" + row.toLabel(), k -> new ArrayList<>())
                    .add(Map.of("from", row.from(), "to", row.to(), "props", row.properties()));
        }
        int created = 0;
        int updated = 0;
        for (Map.Entry<String, List<Map<String, Object>>> entry : byLabels.entrySet()) {
            String[] labels = entry.getKey().split("\\|");
            for (List<Map<String, Object>> batch : batches(entry.getValue())) {
                Result result = tx.run("""
                        UNWIND $rows AS row
                        MATCH (a:`%s` {id: row.from})
                        MATCH (b:`%s` {id: row.to})
                        OPTIONAL MATCH (a)-[old:`%s`]->(b)
                        WITH a, b, row, properties(old) AS before
                        MERGE (a)-[r:`%s`]->(b)
                        SET r += row.props
                        RETURN count(CASE WHEN before IS NULL THEN 1 END) AS created,
                               count(CASE WHEN before IS NOT NULL AND before <> properties(r) THEN 1 END) AS updated
                        """.formatted(labels[0], labels[1], kind.type(), kind.type()), Map.of("rows", batch));
                org.neo4j.driver.Record counts = result.single();
                created += counts.get("created").asInt();
                updated += counts.get("updated").asInt();
                count(result.consume().counters());
            }
        }
        int rows = relationships.rows().size();
        return new ImportReport.KindCounts(kind.name(), relationships.file(), rows, created, updated,
                rows - created - updated);
    }

    private void run(String query, Map<String, Object> parameters) {
        count(tx.run(query, parameters).consume().counters());
    }

    private void count(SummaryCounters counters) {
        relationshipsCreated += counters.relationshipsCreated();
        relationshipsDeleted += counters.relationshipsDeleted();
    }

    private static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += BATCH) {
            batches.add(items.subList(i, Math.min(items.size(), i + BATCH)));
        }
        return batches;
    }
}
