package nl.partnerkaart.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.partnerkaart.model.Column;
import nl.partnerkaart.model.ColumnType;
import nl.partnerkaart.model.Kind;
import nl.partnerkaart.model.Kinds;
import nl.partnerkaart.model.NodeKind;
import nl.partnerkaart.model.Reference;
import nl.partnerkaart.model.RelationshipKind;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The knowledge base as tables in the import layout (the export), read in one read transaction so all tables
 * show the same moment. Cells hold the text the importer reads back into the same values.
 */
@Component
public class KnowledgeBaseTables {

    private final Driver driver;

    KnowledgeBaseTables(Driver driver) {
        this.driver = driver;
    }

    /**
     * @param kinds the kinds to export, empty for all
     * @param region only nodes that are this region or directly linked to it, and relationships touching those;
     *               null for everything
     */
    public List<RawTable> read(List<String> kinds, String region) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
             Transaction tx = session.beginTransaction()) {
            List<RawTable> tables = new ArrayList<>();
            for (Kind kind : Kinds.ALL) {
                if (kinds.isEmpty() || kinds.contains(kind.name())) {
                    tables.add(kind instanceof NodeKind nodeKind ? nodes(tx, nodeKind, region)
                            : relationships(tx, (RelationshipKind) kind, region));
                }
            }
            return tables;
        }
    }

    /** An empty table per kind: the templates. */
    public static List<RawTable> templates(List<String> kinds) {
        return Kinds.ALL.stream().filter(k -> kinds.isEmpty() || kinds.contains(k.name()))
                .map(k -> new RawTable(k.name() + ".csv", null, k.name(), k.header(), List.of())).toList();
    }

    private static final String IN_REGION = "($region IS NULL OR %1$s.id = $region "
            + "OR EXISTS { (%1$s)--(:SafetyRegion {id: $region}) })";

    private RawTable nodes(Transaction tx, NodeKind kind, String region) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        tx.run("MATCH (n:`" + kind.label() + "`) WHERE " + IN_REGION.formatted("n")
                        + " RETURN n.id AS id, properties(n) AS props ORDER BY id", parameters(region))
                .forEachRemaining(record -> {
                    Map<String, Object> props = record.get("props").asMap(Value::asObject);
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (Column column : kind.columns()) {
                        cells.put(column.name(), text(props.get(column.name())));
                    }
                    rows.put(record.get("id").asString(), cells);
                });
        ExistingGraph existing = new ExistingGraph(() -> tx);
        Map<String, List<Reference>> groups = kind.references().stream()
                .collect(Collectors.groupingBy(Reference::group, LinkedHashMap::new, Collectors.toList()));
        for (List<Reference> group : groups.values()) {
            existing.referencesOf(kind.label(), group, rows.keySet()).forEach((id, byColumn) -> byColumn.forEach(
                    (column, targets) -> rows.get(id).put(column, text(targets.stream().sorted().toList()))));
        }
        return table(kind, rows.values());
    }

    private RawTable relationships(Transaction tx, RelationshipKind kind, String region) {
        List<Map<String, String>> rows = new ArrayList<>();
        tx.run("MATCH (a)-[r:`" + kind.type() + "`]->(b) WHERE " + labelTest("a", kind.fromLabels()) + " AND "
                        + labelTest("b", kind.toLabels()) + " AND (" + IN_REGION.formatted("a") + " OR "
                        + IN_REGION.formatted("b") + ") RETURN a.id AS from, b.id AS to, properties(r) AS props "
                        + "ORDER BY from, to", parameters(region))
                .forEachRemaining((Record record) -> {
                    Map<String, String> cells = new LinkedHashMap<>();
                    cells.put(kind.fromColumn(), record.get("from").asString());
                    cells.put(kind.toColumn(), record.get("to").asString());
                    Map<String, Object> props = record.get("props").asMap(Value::asObject);
                    for (Column column : kind.columns()) {
                        cells.put(column.name(), text(props.get(column.name())));
                    }
                    rows.add(cells);
                });
        return table(kind, rows);
    }

    private static Map<String, Object> parameters(String region) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("region", region);
        return parameters;
    }

    private static String labelTest(String variable, List<String> labels) {
        return "(" + labels.stream().map(l -> variable + ":`" + l + "`").collect(Collectors.joining(" OR ")) + ")";
    }

    private static RawTable table(Kind kind, java.util.Collection<Map<String, String>> cells) {
        List<RawTable.Row> rows = new ArrayList<>();
        long line = 2;
        for (Map<String, String> row : cells) {
            rows.add(new RawTable.Row(line++, row));
        }
        return new RawTable(kind.name() + ".csv", null, kind.name(), kind.header(), rows);
    }

    /** The cell text the importer parses back into the same value: lists joined by |, dates ISO. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(ColumnType.LIST_SEPARATOR));
        }
        return String.valueOf(value);
    }
}
