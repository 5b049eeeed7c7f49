package nl.partnerkaart.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.partnerkaart.model.Column;
import nl.partnerkaart.model.ColumnType;
import nl.partnerkaart.model.FieldLimits;
import nl.partnerkaart.model.Kind;
import nl.partnerkaart.model.Kinds;
import nl.partnerkaart.model.NodeKind;
import nl.partnerkaart.model.Reference;
import nl.partnerkaart.model.RelationshipKind;
import nl.partnerkaart.system.Message;

/**
 * Checks every cell of every table against the import layout and resolves every reference, against the
 * import itself and the database, before anything is written. Collects all problems rather than
 * stopping at the first, so one dry run shows everything to fix.
 */
final class ImportValidator {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final int MAX_PROBLEMS = 1000;

    private final ExistingGraph existing;
    private final String defaultOrigin;
    private final List<ImportProblem> problems = new ArrayList<>();
    /** id → label of every node the import defines. */
    private final Map<String, String> defined = new HashMap<>();
    /** Where each defined id stands, to report duplicates precisely. */
    private final Map<String, Place> definedAt = new HashMap<>();
    private final Map<String, RawTable> tablesByPlace = new HashMap<>();

    /** @param file the {@link RawTable#place()} of a table */
    private record Place(String file, long line) {
    }

    ImportValidator(ExistingGraph existing, String defaultOrigin) {
        this.existing = existing;
        this.defaultOrigin = defaultOrigin;
    }

    /** @param labels the label of every id the import defines or names */
    record Result(List<ImportRows.Nodes> nodes, List<ImportRows.Relationships> relationships,
                  Map<String, String> labels, List<ImportProblem> problems) {
    }

    Result validate(List<RawTable> rawTables) {
        rawTables.forEach(table -> tablesByPlace.put(table.place(), table));
        List<RawTable> tables = rawTables.stream().map(this::withinLimits).map(this::withoutFormulas).toList();
        Map<Kind, RawTable> byKind = tablesByKind(tables);
        List<ImportRows.Nodes> nodes = new ArrayList<>();
        List<ImportRows.Relationships> relationships = new ArrayList<>();
        for (Kind kind : Kinds.ALL) {
            RawTable table = byKind.get(kind);
            if (table != null && kind instanceof NodeKind nodeKind) {
                nodes.add(nodeRows(nodeKind, table));
            }
        }
        Map<String, String> known = resolveLabels(nodes, byKind);
        for (ImportRows.Nodes batch : nodes) {
            checkReferences(batch, known);
        }
        for (Kind kind : Kinds.ALL) {
            RawTable table = byKind.get(kind);
            if (table != null && kind instanceof RelationshipKind relationshipKind) {
                relationships.add(relationshipRows(relationshipKind, table, known));
            }
        }
        return new Result(nodes, relationships, known, List.copyOf(problems));
    }

    private Map<Kind, RawTable> tablesByKind(List<RawTable> tables) {
        Map<Kind, RawTable> byKind = new LinkedHashMap<>();
        for (RawTable table : tables) {
            Kind kind = Kinds.named(table.kind()).orElse(null);
            if (kind == null) {
                problem(table.place(), null, null, "import.unknownKind", table.kind(),
                        Kinds.ALL.stream().map(Kind::name).toList());
                continue;
            }
            if (byKind.containsKey(kind)) {
                problem(table.place(), null, null, "import.kindTwice", kind.name(), byKind.get(kind).file());
                continue;
            }
            if (checkHeader(kind, table)) {
                byKind.put(kind, table);
            }
        }
        return byKind;
    }

    private boolean checkHeader(Kind kind, RawTable table) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (String column : table.header()) {
            if (!kind.header().contains(column)) {
                problem(table.place(), 1L, column, "import.unknownColumn", kind.name(), kind.header());
                ok = false;
            } else if (!seen.add(column)) {
                problem(table.place(), 1L, column, "import.columnTwice");
                ok = false;
            }
        }
        List<String> required = new ArrayList<>(kind.columns().stream().filter(Column::required)
                .map(Column::name).toList());
        if (kind instanceof RelationshipKind relationshipKind) {
            required.add(relationshipKind.fromColumn());
            required.add(relationshipKind.toColumn());
        } else {
            ((NodeKind) kind).references().stream().filter(Reference::exactlyOne).map(Reference::column)
                    .forEach(required::add);
        }
        for (String column : required) {
            if (!table.header().contains(column)) {
                problem(table.place(), 1L, column, "import.columnMissing");
                ok = false;
            }
        }
        return ok;
    }

    private ImportRows.Nodes nodeRows(NodeKind kind, RawTable table) {
        List<String> presentColumns = kind.columns().stream().map(Column::name)
                .filter(c -> table.header().contains(c) || c.equals("origin")).toList();
        List<Reference> presentReferences = kind.referencesIn(table.header()).toList();
        List<ImportRows.NodeRow> rows = new ArrayList<>();
        for (RawTable.Row row : table.rows()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (String name : presentColumns) {
                Column column = kind.column(name).orElseThrow();
                properties.put(name, cell(table.place(), row, column));
            }
            if (properties.get("origin") == null) {
                properties.put("origin", defaultOrigin);
            }
            String id = (String) properties.remove("id");
            if (id == null) {
                continue;
            }
            if (!ID.matcher(id).matches()) {
                problem(table.place(), row.line(), "id", "import.invalidId", id);
                continue;
            }
            Place earlier = definedAt.putIfAbsent(id, new Place(table.place(), row.line()));
            if (earlier != null) {
                problem(table.place(), row.line(), "id", "import.idTwice", id, earlier.file(), earlier.line());
                continue;
            }
            defined.put(id, kind.label());
            Map<String, List<String>> references = new LinkedHashMap<>();
            for (Reference reference : presentReferences) {
                List<String> targets = ColumnType.splitList(row.cells().getOrDefault(reference.column(), ""));
                if (targets.size() > FieldLimits.REFERENCES) {
                    problem(table.place(), row.line(), reference.column(), "import.tooManyReferences", targets.size(),
                            FieldLimits.REFERENCES);
                }
                references.put(reference.column(), targets);
            }
            checkNodeRow(kind, table.place(), row, properties, references);
            rows.add(new ImportRows.NodeRow(id, properties, references));
        }
        return new ImportRows.Nodes(kind, table.place(), presentColumns, presentReferences, rows);
    }

    private void checkNodeRow(NodeKind kind, String file, RawTable.Row row, Map<String, Object> properties,
                              Map<String, List<String>> references) {
        for (Reference reference : kind.references()) {
            List<String> targets = references.get(reference.column());
            if (reference.exactlyOne() && targets != null && targets.size() != 1) {
                problem(file, row.line(), reference.column(), "import.exactlyOne", labels(reference.targetLabels()));
            }
        }
        if ("public".equals(properties.get("origin")) && references.getOrDefault("source", List.of()).isEmpty()
                && !kind.label().equals(Kinds.SOURCE)) {
            problem(file, row.line(), "source", "import.publicNeedsSource");
        }
        checkVerification(file, row, properties);
        List<String> serves = references.getOrDefault("serves", List.of());
        references.getOrDefault("servesPartially", List.of()).stream().filter(serves::contains).forEach(region ->
                problem(file, row.line(), "servesPartially", "import.servesTwice", region));
        checkDateOrder(file, row, properties, "validFrom", "validUntil");
    }

    /** Only a public fact says how sure it is; an example or a user's own entry has no source to be sure of. */
    private void checkVerification(String file, RawTable.Row row, Map<String, Object> properties) {
        if (properties.get(Kinds.VERIFICATION) != null && !"public".equals(properties.get("origin"))) {
            problem(file, row.line(), Kinds.VERIFICATION, "import.verificationOnlyPublic");
        }
    }

    private void checkDateOrder(String file, RawTable.Row row, Map<String, Object> properties, String from, String until) {
        if (properties.get(from) instanceof java.time.LocalDate start
                && properties.get(until) instanceof java.time.LocalDate end && end.isBefore(start)) {
            problem(file, row.line(), until, "import.datesReversed", until, end.toString(), from, start.toString());
        }
    }

    private Object cell(String file, RawTable.Row row, Column column) {
        String text = row.cells().getOrDefault(column.name(), "");
        if (text.isEmpty()) {
            if (column.required()) {
                problem(file, row.line(), column.name(), "import.required");
            }
            return null;
        }
        try {
            Object value = column.type().parse(text);
            checkEntries(file, row, column, value);
            if (!column.allowed().isEmpty()) {
                List<?> values = value instanceof List<?> list ? list : List.of(value);
                for (Object v : values) {
                    if (!column.allowed().contains(v)) {
                        problem(file, row.line(), column.name(), "import.notAllowed", v,
                                column.allowed().stream().sorted().toList());
                    }
                }
            }
            return value;
        } catch (IllegalArgumentException e) {
            problem(file, row.line(), column.name(), "import.type." + column.type(), text);
            return null;
        }
    }

    /** A list's entries and each value against the column's limits (the cell as a whole was checked first). */
    private void checkEntries(String file, RawTable.Row row, Column column, Object value) {
        List<?> values = value instanceof List<?> list ? list : List.of(value);
        if (values.size() > FieldLimits.entries(column)) {
            problem(file, row.line(), column.name(), "import.tooManyEntries", values.size(), FieldLimits.entries(column));
        }
        values.stream().filter(v -> v instanceof String s && s.length() > FieldLimits.length(column)).findFirst()
                .ifPresent(v -> problem(file, row.line(), column.name(), "import.entryTooLong", ((String) v).length(),
                        FieldLimits.length(column)));
    }

    /** Labels of every id the import defines or names, from the import itself and else from the database. */
    private Map<String, String> resolveLabels(List<ImportRows.Nodes> nodes, Map<Kind, RawTable> byKind) {
        Set<String> wanted = new HashSet<>(defined.keySet());
        nodes.forEach(batch -> batch.rows().forEach(row -> row.references().values().forEach(wanted::addAll)));
        byKind.forEach((kind, table) -> {
            if (kind instanceof RelationshipKind relationshipKind) {
                table.rows().forEach(row -> {
                    wanted.add(row.cells().getOrDefault(relationshipKind.fromColumn(), ""));
                    wanted.add(row.cells().getOrDefault(relationshipKind.toColumn(), ""));
                    wanted.addAll(ColumnType.splitList(row.cells().getOrDefault("source", "")));
                });
            }
        });
        wanted.remove("");
        Map<String, String> inDatabase = existing.labelsOf(wanted);
        inDatabase.forEach((id, label) -> {
            String importLabel = defined.get(id);
            if (importLabel != null && !importLabel.equals(label)) {
                problem(definedAt.get(id).file(), lineOf(id), "id", "import.idOfOtherKind", id, label(label));
            }
        });
        Map<String, String> known = new HashMap<>(inDatabase);
        known.putAll(defined);
        return known;
    }

    private Long lineOf(String id) {
        return definedAt.get(id).line();
    }

    private void checkReferences(ImportRows.Nodes batch, Map<String, String> known) {
        for (ImportRows.NodeRow row : batch.rows()) {
            for (Reference reference : batch.presentReferences()) {
                for (String target : row.references().get(reference.column())) {
                    checkTarget(batch.file(), lineOf(row.id()), reference.column(), target, reference.targetLabels(),
                            known);
                }
            }
        }
    }

    private boolean checkTarget(String file, Long line, String column, String target, List<String> labels,
                                Map<String, String> known) {
        String label = known.get(target);
        if (label == null) {
            problem(file, line, column, "import.targetMissing", target, labels(labels));
            return false;
        }
        if (!labels.contains(label)) {
            problem(file, line, column, "import.targetOfOtherKind", target, label(label), labels(labels));
            return false;
        }
        return true;
    }

    private ImportRows.Relationships relationshipRows(RelationshipKind kind, RawTable table, Map<String, String> known) {
        List<ImportRows.RelationshipRow> rows = new ArrayList<>();
        Set<String> seenPairs = new HashSet<>();
        for (RawTable.Row row : table.rows()) {
            String from = row.cells().getOrDefault(kind.fromColumn(), "");
            String to = row.cells().getOrDefault(kind.toColumn(), "");
            boolean ok = true;
            for (String[] end : List.of(new String[] {kind.fromColumn(), from}, new String[] {kind.toColumn(), to})) {
                if (end[1].isEmpty()) {
                    problem(table.place(), row.line(), end[0], "import.required");
                    ok = false;
                }
            }
            ok = ok && checkTarget(table.place(), row.line(), kind.fromColumn(), from, kind.fromLabels(), known)
                    & checkTarget(table.place(), row.line(), kind.toColumn(), to, kind.toLabels(), known);
            Map<String, Object> properties = new LinkedHashMap<>();
            for (Column column : kind.columns()) {
                if (table.header().contains(column.name()) || column.name().equals("origin")) {
                    properties.put(column.name(), cell(table.place(), row, column));
                }
            }
            if (properties.get("origin") == null) {
                properties.put("origin", defaultOrigin);
            }
            @SuppressWarnings("unchecked")
            List<String> sources = (List<String>) properties.getOrDefault("source", null);
            for (String source : sources == null ? List.<String>of() : sources) {
                ok &= checkTarget(table.place(), row.line(), "source", source, List.of(Kinds.SOURCE), known);
            }
            if ("public".equals(properties.get("origin")) && (sources == null || sources.isEmpty())) {
                problem(table.place(), row.line(), "source", "import.publicNeedsSource");
            }
            checkVerification(table.place(), row, properties);
            if (ok && !seenPairs.add(from + "->" + to)) {
                problem(table.place(), row.line(), kind.toColumn(), "import.pairTwice", from, to);
                ok = false;
            }
            if (ok) {
                rows.add(new ImportRows.RelationshipRow(from, known.get(from), to, known.get(to), properties));
            }
        }
        return new ImportRows.Relationships(kind, table.place(), rows);
    }

    /**
     * The table without the rows that hold a cell longer than its column allows (docs/data-format.md), with a
     * problem for each such cell: checked first, so nothing else ever reads an oversized value.
     */
    private RawTable withinLimits(RawTable table) {
        Kind kind = Kinds.named(table.kind()).orElse(null);
        List<RawTable.Row> rows = new ArrayList<>(table.rows().size());
        for (RawTable.Row row : table.rows()) {
            boolean fits = true;
            for (Map.Entry<String, String> cell : row.cells().entrySet()) {
                int limit = kind == null ? FieldLimits.TEXT : FieldLimits.cellLength(kind, cell.getKey());
                if (cell.getValue().length() > limit) {
                    problem(table.place(), row.line(), cell.getKey(), "import.cellTooLong", cell.getValue().length(),
                            limit);
                    fits = false;
                }
            }
            if (fits) {
                rows.add(row);
            }
        }
        return rows.size() == table.rows().size() ? table
                : new RawTable(table.file(), table.sheet(), table.kind(), table.header(), rows);
    }

    /** A table whose cells no longer start with a formula, or a problem for each cell that does. */
    private RawTable withoutFormulas(RawTable table) {
        List<RawTable.Row> rows = new ArrayList<>(table.rows().size());
        for (RawTable.Row row : table.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            row.cells().forEach((column, text) -> {
                if (FormulaCells.isFormula(text)) {
                    problem(table.place(), row.line(), column, "import.formula", FormulaCells.shortened(text));
                }
                cells.put(column, FormulaCells.unquoted(text));
            });
            rows.add(new RawTable.Row(row.line(), cells));
        }
        return new RawTable(table.file(), table.sheet(), table.kind(), table.header(), rows);
    }

    /** @param place the {@link RawTable#place()} of the table at fault */
    /** A node label in the words of the language the problem is read in. */
    static Message label(String label) {
        return Message.of("label." + label);
    }

    private static List<Message> labels(List<String> labels) {
        return labels.stream().map(ImportValidator::label).toList();
    }

    private void problem(String place, Long line, String column, String code, Object... arguments) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(ImportProblem.at(tablesByPlace.get(place), line, column, Message.of(code, arguments)));
        }
    }
}
