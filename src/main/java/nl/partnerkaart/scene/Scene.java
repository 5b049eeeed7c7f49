package nl.partnerkaart.scene;

import java.util.List;
import java.util.Map;

/**
 * A saved scene. {@code mine} tells the reader whether they own it (and so may change it) or opened a
 * colleague's link.
 */
record Scene(String id, String name, String owner, boolean mine, List<SceneNode> nodes, Map<String, Object> filters,
             Map<String, Object> view, SceneStyle style, String createdAt, String updatedAt) {

    /**
     * One node of the scene at its position; a pinned node keeps its place when the scene is laid out. Boxed, so
     * that a missing value is a validation message rather than a parse error.
     */
    record SceneNode(String id, Double x, Double y, Boolean pinned) {
    }

    /** What a user sends to save or change a scene. */
    record Draft(String name, List<SceneNode> nodes, Map<String, Object> filters, Map<String, Object> view,
                 SceneStyle style) {
    }

    /** A line of the user's list of scenes. */
    record Summary(String id, String name, long nodeCount, String updatedAt) {
    }
}
