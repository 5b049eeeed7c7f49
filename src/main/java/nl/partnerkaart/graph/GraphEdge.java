package nl.partnerkaart.graph;

import java.util.Map;

/** A relationship as the API shows it; {@code id} is {@code source|TYPE|target}, stable across databases. */
public record GraphEdge(String id, String source, String target, String type, Map<String, Object> properties) {
}
