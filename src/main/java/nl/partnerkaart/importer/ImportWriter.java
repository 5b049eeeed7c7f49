package nl.partnerkaart.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.neo4j.driver.Transaction;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes validated rows inside one transaction. Each row is first compared with what the database holds
 * (properties and, for the reference columns the table has, the targets); only created and changed rows are
 * written, so importing the same file again writes nothing. Nodes first (CREATE when new, else SET), then the
 * relationships of the reference columns (replacing those a row no longer lists), then the relationship kinds. With a history,
 * every written item gets a {@code Change} node and every written node {@code version + 1}. Labels and types
 * in the statements come from the fixed import layout; every value is a parameter.
 */
final class ImportWriter {

    static final int BATCH = 10_000;

    private final Transaction tx;
    private final ExistingGraph existing;
    private final Map<String, String> labels;
    /** Null for the data set load, which is recorded as one audit entry instead. */
    private final ImportHistory history;
    private final ImportProgress progress;
    private long relationshipsCreated;
    private long relationshipsDeleted;

    ImportWriter(Transaction tx, ExistingGraph existing, Map<String, String> labels, ImportHistory history,
                 ImportProgress progress) {
        this.tx = tx;
        this.existing = existing;
        this.labels = labels;
        this.history = history;
        this.progress = progress;
    }

    /** The rows of one node kind that create or change something, with what they were before. */
    private record Plan(ImportRows.Nodes nodes, List<Write> writes, int created, int updated) {
    }

    private record Write(ImportRows.NodeRow row, Map<String, Object> before) {
    }

    ImportReport write(ImportValidator.Result validated, boolean applied) {
        List<Plan> plans = new ArrayList<>();
        for (ImportRows.Nodes nodes : validated.nodes()) {
            plans.add(plan(nodes));
        }
        List<ImportReport.KindCounts> counts = new ArrayList<>();
        for (Plan plan : plans) {
            writeNodes(plan);
            int rows = plan.nodes().rows().size();
            counts.add(new ImportReport.KindCounts(plan.nodes().kind().name(), plan.nodes().file(), rows,
                    plan.created(), plan.updated(), rows - plan.created() - plan.updated()));
        }
        for (Plan plan : plans) {
            writeReferences(plan);
            NodeKind kind = plan.nodes().kind();
            if (kind.derivedName() != null) {
                for (List<Write> batch : batches(plan.writes())) {
                    run("UNWIND $ids AS id MATCH (n:`" + kind.label() + "` {id: id}) SET n.name = " + kind.derivedName(),
                            Map.of("ids", batch.stream().map(w -> w.row().id()).toList()));
                }
            }
        }
        for (ImportRows.Relationships relationships : validated.relationships()) {
            counts.add(writeRelationships(relationships));
        }
        if (history != null) {
            history.flush();
        }
        return new ImportReport(applied, counts, relationshipsCreated, relationshipsDeleted, List.of(),
                history == null ? null : history.batch());
    }

    private Plan plan(ImportRows.Nodes nodes) {
        String label = nodes.kind().label();
        Map<String, List<Reference>> groups = groups(nodes);
        List<Write> writes = new ArrayList<>();
        int created = 0;
        int updated = 0;
        for (List<ImportRows.NodeRow> batch : batches(nodes.rows())) {
            List<String> ids = batch.stream().map(ImportRows.NodeRow::id).toList();
            Map<String, Map<String, Object>> before = existing.propertiesOf(label, ids);
            Map<String, Map<String, List<String>>> references = new HashMap<>();
            for (List<Reference> group : groups.values()) {
                existing.referencesOf(label, group, ids).forEach((id, byColumn) ->
                        references.computeIfAbsent(id, k -> new HashMap<>()).putAll(byColumn));
            }
            for (ImportRows.NodeRow row : batch) {
                Map<String, Object> old = before.get(row.id());
                if (old == null) {
                    created++;
                    writes.add(new Write(row, null));
                    continue;
                }
                Map<String, Object> item = new HashMap<>(old);
                item.putAll(references.getOrDefault(row.id(), Map.of()));
                if (!sameProperties(item, row.properties()) || !sameReferences(item, row.references())) {
                    updated++;
                    writes.add(new Write(row, item));
                }
            }
            progress.advance(batch.size());
        }
        return new Plan(nodes, writes, created, updated);
    }

    private static boolean sameProperties(Map<String, Object> old, Map<String, Object> incoming) {
        return incoming.entrySet().stream().allMatch(e -> Objects.equals(old.get(e.getKey()), e.getValue()));
    }

    @SuppressWarnings("unchecked")
    private static boolean sameReferences(Map<String, Object> old, Map<String, List<String>> incoming) {
        return incoming.entrySet().stream().allMatch(e -> new HashSet<>(e.getValue())
                .equals(new HashSet<>((List<String>) old.getOrDefault(e.getKey(), List.of()))));
    }

    private void writeNodes(Plan plan) {
        NodeKind kind = plan.nodes().kind();
        String version = history == null ? "" : ", n.version = coalesce(n.version, 0) + 1";
        for (List<Write> batch : batches(plan.writes())) {
            // New nodes by CREATE: the plan saw they do not exist, and CREATE skips MERGE's locking look-up.
            Map<Boolean, List<Map<String, Object>>> rowsByIsNew = batch.stream().collect(Collectors.partitioningBy(
                    w -> w.before() == null,
                    Collectors.mapping(w -> Map.<String, Object>of("id", w.row().id(), "props", w.row().properties()),
                            Collectors.toList())));
            runIfAny("UNWIND $rows AS row CREATE (n:`" + kind.label() + "` {id: row.id}) SET n += row.props" + version,
                    rowsByIsNew.get(true));
            runIfAny("UNWIND $rows AS row MATCH (n:`" + kind.label() + "` {id: row.id}) SET n += row.props" + version,
                    rowsByIsNew.get(false));
            if (history != null) {
                batch.forEach(w -> recordNode(kind, w));
            }
        }
    }

    private void recordNode(NodeKind kind, Write write) {
        Map<String, Object> after = merged(write.before(), write.row().properties());
        after.putAll(write.row().references());
        after.put("id", write.row().id());
        after.put("version", write.before() == null ? 1L
                : ((Number) write.before().getOrDefault("version", 0L)).longValue() + 1);
        history.record(write.before() == null ? "create" : "update", kind.name(), write.row().id(), write.before(), after);
    }

    private static Map<String, List<Reference>> groups(ImportRows.Nodes nodes) {
        return nodes.presentReferences().stream()
                .collect(Collectors.groupingBy(Reference::group, LinkedHashMap::new, Collectors.toList()));
    }

    private void writeReferences(Plan plan) {
        String label = plan.nodes().kind().label();
        for (List<Reference> group : groups(plan.nodes()).values()) {
            Reference first = group.get(0);
            String targetIsAllowed = first.targetLabels().stream().map(l -> "t:`" + l + "`")
                    .collect(Collectors.joining(" OR "));
            String relationship = first.outgoing() ? "(n)-[r:`" + first.type() + "`]->(t)"
                    : "(n)<-[r:`" + first.type() + "`]-(t)";
            List<Map<String, Object>> keep = new ArrayList<>();
            Map<String, List<Map<String, Object>>> pairsByStatement = new LinkedHashMap<>();
            for (Write write : plan.writes()) {
                ImportRows.NodeRow row = write.row();
                List<String> targets = new ArrayList<>();
                for (Reference reference : group) {
                    for (String target : row.references().get(reference.column())) {
                        targets.add(target);
                        Map<String, Object> props = new HashMap<>(reference.properties());
                        props.put("origin", row.properties().get("origin"));
                        // A new node has no relationships yet, so CREATE; an existing one may, so MERGE.
                        String statement = "UNWIND $rows AS pair MATCH (n:`" + label + "` {id: pair.id}) MATCH (t:`"
                                + targetLabelOf(target, first) + "` {id: pair.target}) "
                                + (write.before() == null ? "CREATE " : "MERGE ") + relationship + " SET r += pair.props";
                        pairsByStatement.computeIfAbsent(statement, k -> new ArrayList<>())
                                .add(Map.of("id", row.id(), "target", target, "props", props));
                    }
                }
                if (write.before() != null) {
                    keep.add(Map.of("id", row.id(), "targets", targets));
                }
            }
            for (List<Map<String, Object>> batch : batches(keep)) {
                run("UNWIND $rows AS row MATCH (n:`" + label + "` {id: row.id}) MATCH " + relationship
                        + " WHERE (" + targetIsAllowed + ") AND NOT t.id IN row.targets DELETE r", Map.of("rows", batch));
            }
            pairsByStatement.forEach(this::runIfAny);
        }
    }

    private String targetLabelOf(String id, Reference reference) {
        return reference.targetLabels().size() == 1 ? reference.targetLabels().get(0) : labels.get(id);
    }

    private ImportReport.KindCounts writeRelationships(ImportRows.Relationships relationships) {
        RelationshipKind kind = relationships.kind();
        Map<String, List<ImportRows.RelationshipRow>> byLabels = new LinkedHashMap<>();
        for (ImportRows.RelationshipRow row : relationships.rows()) {
            byLabels.computeIfAbsent(row.fromLabel() + "|" + row.toLabel(), k -> new ArrayList<>()).add(row);
        }
        int created = 0;
        int updated = 0;
        for (Map.Entry<String, List<ImportRows.RelationshipRow>> entry : byLabels.entrySet()) {
            String[] fromTo = entry.getKey().split("\\|");
            for (List<ImportRows.RelationshipRow> batch : batches(entry.getValue())) {
                Map<String, Map<String, Object>> before = existing.relationshipPropertiesOf(fromTo[0], kind.type(),
                        fromTo[1], batch.stream().map(r -> Map.<String, Object>of("from", r.from(), "to", r.to())).toList());
                List<Map<String, Object>> toCreate = new ArrayList<>();
                List<Map<String, Object>> toChange = new ArrayList<>();
                for (ImportRows.RelationshipRow row : batch) {
                    Map<String, Object> old = before.get(row.from() + "|" + row.to());
                    if (old != null && sameProperties(old, row.properties())) {
                        continue;
                    }
                    if (old == null) {
                        created++;
                    } else {
                        updated++;
                    }
                    (old == null ? toCreate : toChange).add(Map.of("from", row.from(), "to", row.to(),
                            "props", row.properties()));
                    if (history != null) {
                        recordRelationship(kind, row, old);
                    }
                }
                String ends = "UNWIND $rows AS row MATCH (a:`%s` {id: row.from}) MATCH (b:`%s` {id: row.to}) "
                        .formatted(fromTo[0], fromTo[1]);
                runIfAny(ends + "CREATE (a)-[r:`" + kind.type() + "`]->(b) SET r += row.props", toCreate);
                runIfAny(ends + "MATCH (a)-[r:`" + kind.type() + "`]->(b) SET r += row.props", toChange);
                progress.advance(batch.size());
            }
        }
        int rows = relationships.rows().size();
        return new ImportReport.KindCounts(kind.name(), relationships.file(), rows, created, updated,
                rows - created - updated);
    }

    private void recordRelationship(RelationshipKind kind, ImportRows.RelationshipRow row, Map<String, Object> old) {
        history.record(old == null ? "create" : "update", kind.name(), row.from() + "|" + kind.type() + "|" + row.to(),
                old, merged(old, row.properties()));
    }

    /** What {@code SET x += properties} makes of {@code before}: a null value removes the property. */
    private static Map<String, Object> merged(Map<String, Object> before, Map<String, Object> properties) {
        Map<String, Object> after = new HashMap<>(before == null ? Map.of() : before);
        properties.forEach((key, value) -> {
            if (value == null) {
                after.remove(key);
            } else {
                after.put(key, value);
            }
        });
        return after;
    }

    /** Runs an {@code UNWIND $rows} statement over the rows in batches; nothing when there are none. */
    private void runIfAny(String query, List<Map<String, Object>> rows) {
        for (List<Map<String, Object>> batch : batches(rows)) {
            run(query, Map.of("rows", batch));
        }
    }

    private void run(String query, Map<String, Object> parameters) {
        count(tx.run(query, parameters).consume().counters());
    }

    private void count(SummaryCounters counters) {
        relationshipsCreated += counters.relationshipsCreated();
        relationshipsDeleted += counters.relationshipsDeleted();
    }

    static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += BATCH) {
            batches.add(items.subList(i, Math.min(items.size(), i + BATCH)));
        }
        return batches;
    }
}
