package nl.partnerkaart.importer;

import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.partnerkaart.model.Kind;
import nl.partnerkaart.model.Kinds;
import nl.partnerkaart.model.NodeKind;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The knowledge base as a Cypher script that recreates it (for cypher-shell or Neo4j Browser, after the schema
 * migrations of {@code cypher/migrations}): every node and relationship of the graph model as {@code UNWIND} of
 * literal maps in batches, MERGE on id so the script can run twice. Every value is written as a quoted literal
 * ({@link #literal}), never spliced in as text, so no value can break out of its string.
 */
@Component
public class CypherScript {

    private static final int BATCH = 500;

    private final Driver driver;

    CypherScript(Driver driver) {
        this.driver = driver;
    }

    /** @param kinds and {@code region} select as for {@link KnowledgeBaseTables#read} */
    public String write(List<String> kinds, String region, String header) {
        StringBuilder script = new StringBuilder();
        header.lines().forEach(line -> script.append("// ").append(line).append('\n'));
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
             Transaction tx = session.beginTransaction()) {
            List<String> labels = new ArrayList<>();
            for (Kind kind : Kinds.ALL) {
                if (kind instanceof NodeKind node && (kinds.isEmpty() || kinds.contains(kind.name()))) {
                    labels.add(node.label());
                    nodes(tx, node.label(), region, script);
                }
            }
            relationships(tx, labels, region, script);
        }
        return script.toString();
    }

    private void nodes(Transaction tx, String label, String region, StringBuilder script) {
        List<String> rows = new ArrayList<>();
        tx.run("MATCH (n:`" + label + "`) WHERE $region IS NULL OR n.id = $region "
                        + "OR EXISTS { (n)--(:SafetyRegion {id: $region}) } RETURN properties(n) AS props ORDER BY n.id",
                        parameters(region))
                .forEachRemaining(r -> {
                    Map<String, Object> props = new LinkedHashMap<>(r.get("props").asMap(Value::asObject));
                    rows.add("{id: " + literal(props.get("id")) + ", props: " + literal(props) + "}");
                });
        emit(script, rows, "MERGE (n:" + name(label) + " {id: row.id}) SET n += row.props");
    }

    /**
     * Every relationship of the graph model that touches an exported node, grouped by type and end labels; one
     * whose other end is missing where the script runs is skipped there (its MATCH finds nothing).
     */
    private void relationships(Transaction tx, List<String> labels, String region, StringBuilder script) {
        Map<String, List<String>> rowsByPattern = new LinkedHashMap<>();
        tx.run("""
                        MATCH (a)-[r]->(b)
                        WHERE type(r) IN $types
                          AND any(l IN labels(a) WHERE l IN $model) AND any(l IN labels(b) WHERE l IN $model)
                          AND (any(l IN labels(a) WHERE l IN $labels) OR any(l IN labels(b) WHERE l IN $labels))
                          AND ($region IS NULL OR a.id = $region OR b.id = $region
                               OR EXISTS { (a)--(:SafetyRegion {id: $region}) }
                               OR EXISTS { (b)--(:SafetyRegion {id: $region}) })
                        RETURN [l IN labels(a) WHERE l IN $model][0] AS fromLabel, a.id AS from, type(r) AS type,
                               [l IN labels(b) WHERE l IN $model][0] AS toLabel, b.id AS to, properties(r) AS props
                        ORDER BY type, from, to""",
                        Map.of("types", Kinds.RELATIONSHIP_TYPES, "labels", labels, "model", Kinds.NODE_LABELS,
                                "region", region == null ? org.neo4j.driver.Values.NULL : org.neo4j.driver.Values.value(region)))
                .forEachRemaining(r -> {
                    String pattern = "MATCH (a:" + name(r.get("fromLabel").asString()) + " {id: row.from}) MATCH (b:"
                            + name(r.get("toLabel").asString()) + " {id: row.to}) MERGE (a)-[r:"
                            + name(r.get("type").asString()) + "]->(b) SET r += row.props";
                    rowsByPattern.computeIfAbsent(pattern, k -> new ArrayList<>())
                            .add("{from: " + literal(r.get("from").asString()) + ", to: " + literal(r.get("to").asString())
                                    + ", props: " + literal(r.get("props").asMap(Value::asObject)) + "}");
                });
        rowsByPattern.forEach((pattern, rows) -> emit(script, rows, pattern));
    }

    private static Map<String, Object> parameters(String region) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("region", region);
        return parameters;
    }

    private static void emit(StringBuilder script, List<String> rows, String statement) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            script.append("UNWIND [\n  ").append(String.join(",\n  ", rows.subList(i, Math.min(rows.size(), i + BATCH))))
                    .append("\n] AS row\n").append(statement).append(";\n\n");
        }
    }

    /** A label, type or key, backtick-quoted with backticks doubled. */
    static String name(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** A Cypher literal of a property value: strings escaped so that no character ends the string early. */
    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            StringBuilder quoted = new StringBuilder("'");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '\\' -> quoted.append("\\\\");
                    case '\'' -> quoted.append("\\'");
                    case '\n' -> quoted.append("\\n");
                    case '\r' -> quoted.append("\\r");
                    case '\t' -> quoted.append("\\t");
                    default -> {
                        if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                            quoted.append(String.format("\\u%04X", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append("'").toString();
        }
        if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Double number) {
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("A property holds " + number + ", which Cypher cannot write");
            }
            return number.toString();
        }
        if (value instanceof LocalDate date) {
            return "date('" + date + "')";
        }
        if (value instanceof TemporalAccessor time) {
            return "datetime('" + time + "')";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CypherScript::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> name(String.valueOf(e.getKey())) + ": " + literal(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return literal(value.toString());
    }
}
