package nl.partnerkaart.scene;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.partnerkaart.model.Kinds;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;

/**
 * Checks a scene's style rules before they are stored: each refusal names the rule at fault (for instance
 * {@code style.kinds.Partner.colour}) and says what would be accepted, because the explorer shows it as it is.
 */
final class SceneStyles {

    static final double MIN_SIZE = 10;
    static final double MAX_SIZE = 100;
    /** The shapes the explorer offers (js/lib/graph-style.js, SHAPES): Cytoscape node shapes. */
    static final List<String> SHAPES = List.of("ellipse", "triangle", "round-triangle", "rectangle", "round-rectangle",
            "cut-rectangle", "barrel", "rhomboid", "diamond", "round-diamond", "pentagon", "hexagon", "concave-hexagon",
            "heptagon", "octagon", "star", "tag", "round-tag", "vee");
    static final List<String> SIZE_BY = List.of("degree", "regionsServed");
    static final List<String> COLOUR_BY = List.of("origin", "verification");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** A property name; one the node lacks shows its name instead. */
    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private SceneStyles() {
    }

    /**
     * A stored style as it was checked when saved, or the default: not checked again, so that a scene saved before a
     * kind or shape went away still opens.
     */
    static SceneStyle asStored(SceneStyle style) {
        if (style == null) {
            return SceneStyle.DEFAULT;
        }
        return new SceneStyle(style.kinds() == null ? Map.of() : style.kinds(), style.sizeBy(), style.colourBy());
    }

    /** The style as given, or the default when none was sent. */
    static SceneStyle checked(SceneStyle style) {
        if (style == null) {
            return SceneStyle.DEFAULT;
        }
        oneOf("style.sizeBy", style.sizeBy(), SIZE_BY);
        oneOf("style.colourBy", style.colourBy(), COLOUR_BY);
        Map<String, SceneStyle.KindStyle> kinds = style.kinds() == null ? Map.of() : style.kinds();
        kinds.forEach(SceneStyles::checkKind);
        return new SceneStyle(kinds, style.sizeBy(), style.colourBy());
    }

    private static void checkKind(String label, SceneStyle.KindStyle rule) {
        String field = "style.kinds." + label;
        if (!Kinds.NODE_LABELS.contains(label)) {
            throw new InvalidInputException("style.kinds", Message.of("input.oneOf", "style.kinds",
                    String.join(", ", Kinds.NODE_LABELS), label));
        }
        if (rule == null) {
            throw new InvalidInputException(field, Message.of("scene.style.emptyRule", label));
        }
        if (rule.colour() != null && !COLOUR.matcher(rule.colour()).matches()) {
            throw new InvalidInputException(field + ".colour", Message.of("scene.style.colour", rule.colour()));
        }
        if (rule.size() != null && !(rule.size() >= MIN_SIZE && rule.size() <= MAX_SIZE)) {
            throw new InvalidInputException(field + ".size",
                    Message.of("input.between", field + ".size", (int) MIN_SIZE, (int) MAX_SIZE));
        }
        oneOf(field + ".shape", rule.shape(), SHAPES);
        if (rule.caption() != null && !PROPERTY.matcher(rule.caption()).matches()) {
            throw new InvalidInputException(field + ".caption", Message.of("scene.style.caption", label));
        }
    }

    private static void oneOf(String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new InvalidInputException(field, Message.of("input.oneOf", field, String.join(", ", allowed), value));
        }
    }
}
