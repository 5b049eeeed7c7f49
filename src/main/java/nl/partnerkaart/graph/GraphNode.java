package nl.partnerkaart.graph;

import java.util.List;
import java.util.Map;

/** A node as the API shows it: its business id, labels, name and every property. */
public record GraphNode(String id, List<String> labels, String name, Map<String, Object> properties) {
}
