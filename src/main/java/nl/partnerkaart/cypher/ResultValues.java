package nl.partnerkaart.cypher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.graph.Graph;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * Turns the values of result rows into JSON-friendly values (nodes, relationships and paths compactly,
 * temporal values as ISO text) and collects every node, relationship and path into the graph view.
 */
final class ResultValues {

    private final Graph.Builder graph = new Graph.Builder();
    private final Map<String, String> idsByElementId = new HashMap<>();

    /** Renders one row; nodes are registered first so relationships can name their ends by business id. */
    List<Object> row(List<Value> values) {
        values.forEach(this::register);
        List<Object> row = new ArrayList<>(values.size());
        values.forEach(value -> row.add(render(value)));
        return row;
    }

    Graph graph(boolean truncated) {
        return graph.truncated(truncated).build();
    }

    private void register(Value value) {
        switch (kind(value)) {
            case "NODE" -> node(value.asNode());
            case "RELATIONSHIP" -> graph.relationship(value.asRelationship());
            case "PATH" -> {
                Path path = value.asPath();
                path.nodes().forEach(this::node);
                path.relationships().forEach(graph::relationship);
            }
            case "LIST" -> value.values().forEach(this::register);
            case "MAP" -> value.values().forEach(this::register);
            default -> {
            }
        }
    }

    /**
     * The value's type as a plain word: the driver's own type names carry details ({@code LIST OF ANY?}) that a
     * switch should not depend on.
     */
    static String kind(Value value) {
        String name = value.type().name();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private void node(Node node) {
        idsByElementId.put(node.elementId(), businessId(node));
        graph.node(node);
    }

    private Object render(Value value) {
        return switch (kind(value)) {
            case "NULL" -> null;
            case "NODE" -> compact(value.asNode());
            case "RELATIONSHIP" -> compact(value.asRelationship());
            case "PATH" -> compact(value.asPath());
            case "LIST" -> value.asList(this::render);
            case "MAP" -> map(value);
            case "STRING" -> value.asString();
            case "DATE", "DATE_TIME", "LOCAL_DATE_TIME", "TIME", "LOCAL_TIME", "DURATION" -> value.asObject().toString();
            case "POINT" -> Map.of("srid", value.asPoint().srid(), "x", value.asPoint().x(), "y", value.asPoint().y());
            case "BYTES" -> java.util.Base64.getEncoder().encodeToString(value.asByteArray());
            default -> value.asObject();
        };
    }

    private Map<String, Object> map(Value value) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key : value.keys()) {
            map.put(key, render(value.get(key)));
        }
        return map;
    }

    private static Map<String, Object> compact(Node node) {
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        Map<String, Object> compact = new LinkedHashMap<>();
        compact.put("kind", "node");
        compact.put("id", businessId(node));
        compact.put("labels", labels);
        compact.put("name", node.get("name").isNull() ? null : node.get("name").asObject().toString());
        return compact;
    }

    private Map<String, Object> compact(Relationship relationship) {
        Map<String, Object> compact = new LinkedHashMap<>();
        compact.put("kind", "relationship");
        compact.put("type", relationship.type());
        compact.put("source", idsByElementId.getOrDefault(relationship.startNodeElementId(),
                relationship.startNodeElementId()));
        compact.put("target", idsByElementId.getOrDefault(relationship.endNodeElementId(),
                relationship.endNodeElementId()));
        compact.put("properties", Graph.properties(relationship.asMap(Value::asObject)));
        return compact;
    }

    /** A path as text, e.g. {@code (VP14)-[:DEPENDS_ON]->(VP02)}, with its length and node ids. */
    private static Map<String, Object> compact(Path path) {
        StringBuilder text = new StringBuilder("(" + businessId(path.start()) + ")");
        List<String> nodes = new ArrayList<>(List.of(businessId(path.start())));
        for (Path.Segment segment : path) {
            boolean forward = segment.relationship().startNodeElementId().equals(segment.start().elementId());
            text.append(forward ? "-[:" : "<-[:").append(segment.relationship().type()).append(forward ? "]->" : "]-")
                    .append('(').append(businessId(segment.end())).append(')');
            nodes.add(businessId(segment.end()));
        }
        return Map.of("kind", "path", "length", path.length(), "nodes", nodes, "text", text.toString());
    }

    private static String businessId(Node node) {
        Value id = node.get("id");
        return id.isNull() ? node.elementId() : id.asObject().toString();
    }
}
