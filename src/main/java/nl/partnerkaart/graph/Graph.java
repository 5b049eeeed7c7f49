package nl.partnerkaart.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * A subgraph answer. {@code truncated} is true when a limit cut the answer short, so the UI can say so
 * and offer the rest.
 */
public record Graph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {

    /** Collects driver nodes and relationships into a graph answer, each node and edge once. */
    public static final class Builder {

        private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
        private final Map<String, String> idsByElementId = new LinkedHashMap<>();
        private final List<Relationship> relationships = new ArrayList<>();
        private boolean truncated;

        public Builder node(Node node) {
            String id = node.get("id").asString(node.elementId());
            idsByElementId.put(node.elementId(), id);
            nodes.computeIfAbsent(id, key -> new GraphNode(key, labelsOf(node), node.get("name").asString(key),
                    properties(node.asMap(Value::asObject))));
            return this;
        }

        public Builder relationship(Relationship relationship) {
            relationships.add(relationship);
            return this;
        }

        public Builder truncated(boolean truncated) {
            this.truncated |= truncated;
            return this;
        }

        /** Relationships whose ends are not both in the graph are left out. */
        public Graph build() {
            Map<String, GraphEdge> edges = new LinkedHashMap<>();
            for (Relationship r : relationships) {
                String source = idsByElementId.get(r.startNodeElementId());
                String target = idsByElementId.get(r.endNodeElementId());
                if (source != null && target != null) {
                    String id = source + "|" + r.type() + "|" + target;
                    edges.putIfAbsent(id, new GraphEdge(id, source, target, r.type(), properties(r.asMap(Value::asObject))));
                }
            }
            return new Graph(List.copyOf(nodes.values()), List.copyOf(edges.values()), truncated);
        }

        private static List<String> labelsOf(Node node) {
            List<String> labels = new ArrayList<>();
            node.labels().forEach(labels::add);
            return labels;
        }
    }

    /** Property values as JSON shows them: dates and times as ISO text, the rest as they are. */
    public static Map<String, Object> properties(Map<String, Object> raw) {
        Map<String, Object> properties = new LinkedHashMap<>();
        raw.forEach((key, value) -> properties.put(key, jsonValue(value)));
        return properties;
    }

    private static Object jsonValue(Object value) {
        if (value instanceof java.time.temporal.TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Graph::jsonValue).toList();
        }
        return value;
    }
}
