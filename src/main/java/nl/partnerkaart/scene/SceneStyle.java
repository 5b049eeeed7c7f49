package nl.partnerkaart.scene;

import java.util.Map;

/**
 * The style rules a user sets for a scene; every part is optional, and what is left out keeps the explorer's default
 * look. Boxed and textual, so that a wrong value is a validation message naming the rule rather than a parse error.
 *
 * @param kinds    per node label: its colour, size, shape and caption
 * @param sizeBy   {@code degree} (connections in the scene) or {@code regionsServed}, or null for the size per kind
 * @param colourBy {@code origin} or {@code verification}, or null for the colour per kind
 */
record SceneStyle(Map<String, KindStyle> kinds, String sizeBy, String colourBy) {

    static final SceneStyle DEFAULT = new SceneStyle(Map.of(), null, null);

    /**
     * @param colour  {@code #rrggbb}
     * @param size    the node's diameter in the scene's units
     * @param shape   a Cytoscape node shape
     * @param caption the property shown as the node's label ({@code name} by default)
     */
    record KindStyle(String colour, Double size, String shape, String caption) {
    }
}
