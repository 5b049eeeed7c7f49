package nl.partnerkaart.scene;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import tools.jackson.databind.json.JsonMapper;

/** Checks what a user sends before it is stored: a name, a bounded number of nodes, bounded extras. */
final class SceneDrafts {

    static final int MAX_NAME = 200;
    static final int MAX_NODES = 10_000;
    static final int MAX_ID = 200;
    static final int MAX_EXTRAS_CHARS = 20_000;

    private SceneDrafts() {
    }

    /** The draft as stored values: nodes, filters, view and style rules as JSON text. */
    static Map<String, Object> properties(Scene.Draft draft, JsonMapper json) {
        if (draft == null || draft.name() == null || draft.name().isBlank()) {
            throw new InvalidInputException("name", Message.of("input.nameRequired"));
        }
        if (draft.name().strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", Message.of("input.tooLong", "name", MAX_NAME));
        }
        List<Scene.SceneNode> nodes = draft.nodes() == null ? List.of() : draft.nodes();
        if (nodes.size() > MAX_NODES) {
            throw new InvalidInputException("nodes", Message.of("scene.tooManyNodes", MAX_NODES));
        }
        for (Scene.SceneNode node : nodes) {
            if (node == null || node.id() == null || node.id().isBlank() || node.id().length() > MAX_ID) {
                throw new InvalidInputException("nodes", Message.of("scene.nodeId", MAX_ID));
            }
            if (node.x() == null || node.y() == null || !Double.isFinite(node.x()) || !Double.isFinite(node.y())) {
                throw new InvalidInputException("nodes", Message.of("scene.nodePosition", node.id()));
            }
        }
        Map<String, Object> values = new HashMap<>();
        values.put("name", draft.name().strip());
        values.put("nodes", json.writeValueAsString(nodes));
        values.put("nodeCount", nodes.size());
        values.put("filters", extras("filters", draft.filters(), json));
        values.put("view", extras("view", draft.view(), json));
        values.put("style", json.writeValueAsString(SceneStyles.checked(draft.style())));
        return values;
    }

    private static String extras(String field, Map<String, Object> value, JsonMapper json) {
        String text = json.writeValueAsString(value == null ? Map.of() : value);
        if (text.length() > MAX_EXTRAS_CHARS) {
            throw new InvalidInputException(field, Message.of("input.tooLong", field, MAX_EXTRAS_CHARS));
        }
        return text;
    }
}
