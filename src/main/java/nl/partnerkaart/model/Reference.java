package nl.partnerkaart.model;

import java.util.List;
import java.util.Map;

/**
 * A column that names other nodes by id and becomes relationships.
 *
 * @param outgoing true for {@code (row)-[:TYPE]->(target)}, false for {@code (target)-[:TYPE]->(row)}
 * @param exactlyOne the column must name exactly one node
 * @param properties fixed properties of the relationships this column makes (e.g. {@code partial: true})
 */
public record Reference(String column, String type, boolean outgoing, List<String> targetLabels, boolean exactlyOne,
                 Map<String, Object> properties) {

    static Reference out(String column, String type, String... targetLabels) {
        return new Reference(column, type, true, List.of(targetLabels), false, Map.of());
    }

    static Reference in(String column, String type, String... targetLabels) {
        return new Reference(column, type, false, List.of(targetLabels), false, Map.of());
    }

    Reference one() {
        return new Reference(column, type, outgoing, targetLabels, true, properties);
    }

    Reference with(String property, Object value) {
        return new Reference(column, type, outgoing, targetLabels, exactlyOne, Map.of(property, value));
    }

    /** References that write the same relationships (e.g. {@code serves} and {@code servesPartially}). */
    public String group() {
        return type + (outgoing ? ">" : "<") + String.join("|", targetLabels);
    }
}
