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

import nl.partnerkaart.history.ImportChanges;
import nl.partnerkaart.history.PeopleEdits;
import nl.partnerkaart.model.ItemLayout;
import nl.partnerkaart.model.NodeKind;
import nl.partnerkaart.model.Reference;
import nl.partnerkaart.model.RelationshipKind;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes validated rows in batches of {@code batchSize} rows, each ended by {@link ImportTransactions#endBatch}
 * (a commit, for a person's import) once its rows and their Change nodes are written. Each row is first compared
 * in memory with what the database holds (properties and, for the reference columns the table has, the
 * relationships); only created and changed rows are written, so importing the same file again writes nothing.
 * Nodes first (CREATE when new, else SET), then the relationships of the reference columns (only those to
 * create, remove or change), then the relationship kinds. With a history, every written row gets one {@code Change} node (a node row's Change also
 * lists the targets of its reference columns, before and after), and every written node {@code version + 1}. Labels,
 * types and property keys in the statements come from the fixed import layout; every value is a parameter.
 * Relationship properties are named in the pattern, so no plan needs an {@code Eager} step.
 */
final class ImportWriter {

    private final ImportTransactions transactions;
    private final int batchSize;
    private final ExistingGraph existing;
    private final Map<String, String> labels;
    /** Null for the data set load, which is recorded as one audit entry instead. */
    private final ImportChanges history;
    /** Set for a reference update only: items people changed are held back, not written. */
    private final PeopleEdits peopleEdits;
    private final List<HeldRow> held = new ArrayList<>();
    private final ImportProgress progress;
    private final ImportTimings timings;
    private long relationshipsCreated;
    private long relationshipsDeleted;

    ImportWriter(ImportTransactions transactions, int batchSize, ExistingGraph existing, Map<String, String> labels,
                 ImportChanges history, PeopleEdits peopleEdits, ImportProgress progress, ImportTimings timings) {
        this.peopleEdits = peopleEdits;
        this.transactions = transactions;
        this.batchSize = batchSize;
        this.timings = timings;
        this.existing = existing;
        this.labels = labels;
        this.history = history;
        this.progress = progress;
    }

    /** The rows of one node kind that create or change something, with what they were before. */
    private record Plan(ImportRows.Nodes nodes, List<Write> writes, List<Link> links, int created, int updated) {
    }

    /**
     * @param before the node's properties now, null when it is to be created
     * @param targetsBefore the targets of its reference groups now, per column, for the history
     */
    private record Write(ImportRows.NodeRow row, Map<String, Object> before, Map<String, List<String>> targetsBefore) {
    }

    /**
     * One relationship of a reference column to create, remove or change.
     *
     * @param before its properties now, null when it is to be created
     * @param after its properties then, null when it is to be removed
     */
    private record Link(String id, Reference reference, String target, Map<String, Object> before,
                        Map<String, Object> after) {
    }

    ImportReport write(ImportValidator.Result validated, boolean applied) {
        List<Plan> plans = new ArrayList<>();
        for (ImportRows.Nodes nodes : validated.nodes()) {
            plans.add(timings.time(ImportTimings.Step.READING, () -> plan(nodes)));
        }
        List<ImportReport.KindCounts> counts = new ArrayList<>();
        for (Plan plan : plans) {
            writeNodes(plan);
            int rows = plan.nodes().rows().size();
            counts.add(new ImportReport.KindCounts(plan.nodes().kind().name(), plan.nodes().file(), rows,
                    plan.created(), plan.updated(), rows - plan.created() - plan.updated()));
        }
        for (Plan plan : plans) {
            writeLinks(plan);
            NodeKind kind = plan.nodes().kind();
            if (kind.derivedName() != null) {
                for (List<Write> batch : batches(plan.writes(), batchSize)) {
                    run("UNWIND $ids AS id MATCH (n:`" + kind.label() + "` {id: id}) SET n.name = " + kind.derivedName(),
                            Map.of("ids", batch.stream().map(w -> w.row().id()).toList()));
                    endBatch();
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
                history == null ? null : history.batch(), List.copyOf(held));
    }

    /** Reads what exists of the table's nodes and their reference relationships once, then compares row by row. */
    private Plan plan(ImportRows.Nodes nodes) {
        String label = nodes.kind().label();
        Set<String> existingIds = existing.idsOf(label, nodes.rows().stream().map(ImportRows.NodeRow::id).toList());
        Map<String, Map<String, Object>> before = existing.propertiesOf(label, existingIds);
        List<List<Reference>> groups = groups(nodes);
        List<Map<String, Map<String, Map<String, Object>>>> relationships = new ArrayList<>();
        for (List<Reference> group : groups) {
            relationships.add(existing.relationshipsOf(label, group.get(0), existingIds));
        }
        List<Write> writes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int created = 0;
        int updated = 0;
        for (ImportRows.NodeRow row : nodes.rows()) {
            Map<String, Object> old = before.get(row.id());
            List<Link> rowLinks = new ArrayList<>();
            Map<String, List<String>> targetsBefore = new HashMap<>();
            for (int g = 0; g < groups.size(); g++) {
                Map<String, Map<String, Object>> present = relationships.get(g).getOrDefault(row.id(), Map.of());
                rowLinks.addAll(linksToWrite(row, groups.get(g), present));
                targetsByColumn(nodes.kind(), groups.get(g).get(0), present, targetsBefore);
            }
            if (old != null && sameProperties(old, row.properties()) && rowLinks.isEmpty()) {
                continue;
            }
            if (peopleEdits != null && peopleEdits.changed(row.id())) {
                held.add(new HeldRow(nodes.kind().name(), row.id(), old == null ? null
                        : withTargets(new HashMap<>(old), targetsBefore), withTargets(merged(old, row.properties()),
                        row.references())));
                continue;
            }
            if (old == null) {
                created++;
            } else {
                updated++;
            }
            writes.add(new Write(row, old, targetsBefore));
            links.addAll(rowLinks);
        }
        // Rows to write count as done when they are written.
        progress.advance(nodes.rows().size() - writes.size());
        return new Plan(nodes, writes, links, created, updated);
    }

    /**
     * What makes the relationships of one group exactly those the row's columns list: each listed target
     * carries the fixed properties of its column; relationships to targets no longer listed go.
     */
    private static List<Link> linksToWrite(ImportRows.NodeRow row, List<Reference> group,
                                           Map<String, Map<String, Object>> present) {
        List<Link> links = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Reference reference : group) {
            for (String target : row.references().get(reference.column())) {
                listed.add(target);
                Map<String, Object> now = present.get(target);
                if (now == null) {
                    Map<String, Object> props = new HashMap<>(reference.properties());
                    props.put("origin", row.properties().get("origin"));
                    links.add(new Link(row.id(), reference, target, null, props));
                } else if (!sameProperties(now, reference.properties())) {
                    links.add(new Link(row.id(), reference, target, now, merged(now, reference.properties())));
                }
            }
        }
        present.forEach((target, props) -> {
            if (!listed.contains(target)) {
                links.add(new Link(row.id(), group.get(0), target, props, null));
            }
        });
        return links;
    }

    /**
     * Adds the targets of one reference group to {@code targets}, under the column of the node kind whose fixed
     * properties each relationship carries (also a column the table lacks, whose relationships the import removes).
     */
    private static void targetsByColumn(NodeKind kind, Reference group, Map<String, Map<String, Object>> present,
                                        Map<String, List<String>> targets) {
        List<Reference> columns = kind.references().stream().filter(r -> r.group().equals(group.group())).toList();
        present.forEach((target, props) -> ExistingGraph.columnOf(columns, props).ifPresent(
                column -> targets.computeIfAbsent(column.column(), k -> new ArrayList<>()).add(target)));
    }

    private static boolean sameProperties(Map<String, Object> old, Map<String, Object> incoming) {
        return incoming.entrySet().stream().allMatch(e -> Objects.equals(old.get(e.getKey()), e.getValue()));
    }

    private void writeNodes(Plan plan) {
        NodeKind kind = plan.nodes().kind();
        Set<String> keys = new HashSet<>(plan.nodes().presentColumns());
        keys.remove("id");
        if (history != null) {
            keys.add("version");
        }
        Set<String> withId = new HashSet<>(keys);
        withId.add("id");
        for (List<Write> batch : batches(plan.writes(), batchSize)) {
            // New nodes by CREATE: the plan saw they do not exist, and CREATE skips MERGE's locking look-up.
            Map<Boolean, List<Map<String, Object>>> rowsByIsNew = batch.stream().collect(Collectors.partitioningBy(
                    w -> w.before() == null, Collectors.mapping(this::nodeRow, Collectors.toList())));
            timings.time(ImportTimings.Step.NODES, () -> {
                runIfAny("UNWIND $rows AS row CREATE (n:`" + kind.label() + "`" + namedProperties(withId) + ")",
                        rowsByIsNew.get(true));
                runIfAny("UNWIND $rows AS row MATCH (n:`" + kind.label() + "` {id: row.props.id}) SET "
                        + setProperties("n", keys), rowsByIsNew.get(false));
            });
            if (history != null) {
                batch.forEach(w -> recordNode(kind, w));
            }
            endBatch();
            progress.advance(batch.size());
        }
    }

    /** The version is computed here, not read in the statement, which keeps its plan free of {@code Eager}. */
    private Map<String, Object> nodeRow(Write write) {
        Map<String, Object> props = new HashMap<>(write.row().properties());
        props.put("id", write.row().id());
        if (history != null) {
            props.put("version", versionAfter(write));
        }
        return Map.of("props", props);
    }

    private static long versionAfter(Write write) {
        return write.before() == null ? 1L : ((Number) write.before().getOrDefault("version", 0L)).longValue() + 1;
    }

    /**
     * One Change per written row: the node's properties, as a form's edit records them, and, under the name of each
     * reference column, the ids of the targets it lists (sorted; no key when none), before and after. A bulk import
     * so writes one Change per row instead of one per relationship as well.
     */
    private void recordNode(NodeKind kind, Write write) {
        Map<String, Object> after = merged(write.before(), write.row().properties());
        after.put("id", write.row().id());
        after.put("version", versionAfter(write));
        withTargets(after, write.row().references());
        Map<String, Object> before = write.before() == null ? null : withTargets(new HashMap<>(write.before()),
                write.targetsBefore());
        history.record(write.before() == null ? "create" : "update", kind.name(), write.row().id(), null, before,
                after);
    }

    private static Map<String, Object> withTargets(Map<String, Object> properties, Map<String, List<String>> targets) {
        targets.forEach((column, ids) -> {
            if (!ids.isEmpty()) {
                properties.put(column, ids.stream().sorted().toList());
            }
        });
        return properties;
    }

    private static List<List<Reference>> groups(ImportRows.Nodes nodes) {
        return List.copyOf(nodes.presentReferences().stream()
                .collect(Collectors.groupingBy(Reference::group, LinkedHashMap::new, Collectors.toList())).values());
    }

    /** Removes, creates and changes the relationships of the reference columns, one statement per shape, in batches. */
    private void writeLinks(Plan plan) {
        NodeKind kind = plan.nodes().kind();
        // The hint keeps the planner from scanning when the statistics are thin (a fresh or small database).
        String node = "UNWIND $rows AS row MATCH (n:`" + kind.label() + "` {id: row.id}) USING INDEX n:`" + kind.label()
                + "`(id) ";
        Map<String, List<Map<String, Object>>> rowsByStatement = new LinkedHashMap<>();
        for (Link link : plan.links()) {
            Reference reference = link.reference();
            String type = "[r:`" + reference.type() + "`%s]";
            String statement;
            Map<String, Object> row = new HashMap<>(Map.of("id", link.id(), "target", link.target()));
            if (link.before() == null) {
                String target = targetLabelOf(link.target(), reference);
                statement = node + "MATCH (t:`" + target + "` {id: row.target}) CREATE "
                        + pattern(reference, type.formatted(namedProperties(link.after().keySet())));
                row.put("props", link.after());
            } else {
                String existingOne = "MATCH " + pattern(reference, type.formatted("")) + " WHERE t.id = row.target AND ("
                        + reference.targetLabels().stream().map(l -> "t:`" + l + "`").collect(Collectors.joining(" OR "))
                        + ") ";
                if (link.after() == null) {
                    statement = node + existingOne + "DELETE r";
                } else {
                    statement = node + existingOne + "SET " + setProperties("r", reference.properties().keySet());
                    row.put("props", reference.properties());
                }
            }
            rowsByStatement.computeIfAbsent(statement, k -> new ArrayList<>()).add(row);
        }
        rowsByStatement.forEach((statement, rows) -> {
            for (List<Map<String, Object>> batch : batches(rows, batchSize)) {
                timings.time(ImportTimings.Step.RELATIONSHIPS, () -> run(statement, Map.of("rows", batch)));
                endBatch();
            }
        });
    }

    private static String pattern(Reference reference, String relationship) {
        return ItemLayout.pattern(reference.outgoing(), relationship);
    }

    /**
     * {@code x.a = row.props.a, x.b = row.props.b} for keys of the fixed layout (a null removes the property): named
     * keys, unlike {@code SET x += map}, cannot touch the {@code id} the statement matches by, so no {@code Eager}.
     */
    private static String setProperties(String variable, Set<String> keys) {
        return keys.stream().sorted().map(key -> variable + ".`" + key + "` = row.props.`" + key + "`")
                .collect(Collectors.joining(", "));
    }

    /** {@code  {a: row.props.a, b: row.props.b}} for keys of the fixed layout. */
    private static String namedProperties(Set<String> keys) {
        return keys.stream().sorted().map(key -> "`" + key + "`: row.props.`" + key + "`")
                .collect(Collectors.joining(", ", " {", "}"));
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
            for (List<ImportRows.RelationshipRow> batch : batches(entry.getValue(), batchSize)) {
                Map<String, Map<String, Object>> before = timings.time(ImportTimings.Step.READING, () -> existing.relationshipPropertiesOf(fromTo[0], kind.type(),
                        fromTo[1], batch.stream().map(r -> Map.<String, Object>of("from", r.from(), "to", r.to())).toList()));
                List<Map<String, Object>> toCreate = new ArrayList<>();
                List<Map<String, Object>> toChange = new ArrayList<>();
                for (ImportRows.RelationshipRow row : batch) {
                    Map<String, Object> old = before.get(row.from() + "|" + row.to());
                    if (old != null && sameProperties(old, row.properties())) {
                        continue;
                    }
                    String itemId = row.from() + "|" + kind.type() + "|" + row.to();
                    if (peopleEdits != null && peopleEdits.changed(itemId)) {
                        held.add(new HeldRow(kind.name(), itemId, old, merged(old, row.properties())));
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
                String ends = ("UNWIND $rows AS row MATCH (a:`%1$s` {id: row.from}) USING INDEX a:`%1$s`(id) "
                        + "MATCH (b:`%2$s` {id: row.to}) USING INDEX b:`%2$s`(id) ").formatted(fromTo[0], fromTo[1]);
                Set<String> keys = batch.get(0).properties().keySet();
                timings.time(ImportTimings.Step.RELATIONSHIPS, () -> {
                    runIfAny(ends + "CREATE (a)-[r:`" + kind.type() + "`" + namedProperties(keys) + "]->(b)", toCreate);
                    runIfAny(ends + "MATCH (a)-[r:`" + kind.type() + "`]->(b) SET " + setProperties("r", keys), toChange);
                });
                endBatch();
                progress.advance(batch.size());
            }
        }
        int rows = relationships.rows().size();
        return new ImportReport.KindCounts(kind.name(), relationships.file(), rows, created, updated,
                rows - created - updated);
    }

    private void recordRelationship(RelationshipKind kind, ImportRows.RelationshipRow row, Map<String, Object> old) {
        history.record(old == null ? "create" : "update", kind.name(), row.from() + "|" + kind.type() + "|" + row.to(),
                row.to(), old, merged(old, row.properties()));
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

    /** Runs an {@code UNWIND $rows} statement over the rows of one batch; nothing when there are none. */
    private void runIfAny(String query, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            run(query, Map.of("rows", rows));
        }
    }

    private void run(String query, Map<String, Object> parameters) {
        count(transactions.write(query, parameters).consume().counters());
    }

    /** The rows of a batch and their Change nodes are written: commit them together. */
    private void endBatch() {
        if (history != null) {
            history.flush();
        }
        transactions.endBatch();
    }

    private void count(SummaryCounters counters) {
        relationshipsCreated += counters.relationshipsCreated();
        relationshipsDeleted += counters.relationshipsDeleted();
    }

    static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            batches.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return batches;
    }
}
