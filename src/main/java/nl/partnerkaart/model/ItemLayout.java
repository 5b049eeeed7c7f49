package nl.partnerkaart.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The import layout as seen by one-item editors (forms, the editing API, restore): the same kinds, columns,
 * enumerations and references as an import, published read-only so there is one model of the data, not two.
 */
public final class ItemLayout {

    /**
     * A property column; {@code type} is the {@link ColumnType} name (STRING, STRING_LIST, INTEGER, FLOAT, DATE,
     * BOOLEAN); {@code maxLength} the most characters of a value, or of each entry of a list ({@link FieldLimits}).
     */
    public record Field(String name, String type, boolean required, List<String> allowed, int maxLength) {
    }

    /**
     * A reference column of a node kind.
     *
     * @param outgoing true for {@code (item)-[:TYPE]->(target)}
     * @param properties fixed relationship properties this column writes (e.g. {@code partial: true})
     */
    public record Link(String name, String type, boolean outgoing, List<String> targetLabels, boolean exactlyOne,
                       Map<String, Object> properties) {
    }

    /** @param derivedName Cypher expression over {@code n} that names the node, or null when {@code name} is a field */
    public record NodeLayout(String kind, String label, List<Field> fields, List<Link> links, String derivedName) {

        public Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }
    }

    public record RelationshipLayout(String kind, String type, String fromField, List<String> fromLabels,
                                     String toField, List<String> toLabels, List<Field> fields) {
    }

    private ItemLayout() {
    }

    public static Optional<NodeLayout> node(String kind) {
        return Kinds.named(kind).filter(NodeKind.class::isInstance).map(k -> nodeLayout((NodeKind) k));
    }

    public static List<NodeLayout> nodes() {
        return Kinds.ALL.stream().filter(NodeKind.class::isInstance).map(k -> nodeLayout((NodeKind) k)).toList();
    }

    public static Optional<NodeLayout> nodeByLabel(String label) {
        return Kinds.ALL.stream().filter(k -> k instanceof NodeKind n && n.label().equals(label)).findFirst()
                .map(k -> nodeLayout((NodeKind) k));
    }

    public static Optional<RelationshipLayout> relationship(String kind) {
        return Kinds.named(kind).filter(RelationshipKind.class::isInstance).map(k -> {
            RelationshipKind r = (RelationshipKind) k;
            return new RelationshipLayout(r.name(), r.type(), r.fromColumn(), r.fromLabels(), r.toColumn(),
                    r.toLabels(), r.columns().stream().map(ItemLayout::field).toList());
        });
    }

    /**
     * The kind a relationship belongs to: its relationship kind, or else the node kind whose reference column
     * writes it (so history can name it the way the import layout does).
     */
    public static Optional<String> kindOfRelationship(String type, String fromLabel, String toLabel) {
        for (Kind kind : Kinds.ALL) {
            if (kind instanceof RelationshipKind r && r.type().equals(type) && r.fromLabels().contains(fromLabel)
                    && r.toLabels().contains(toLabel)) {
                return Optional.of(r.name());
            }
            if (kind instanceof NodeKind n && n.references().stream().anyMatch(ref -> ref.type().equals(type)
                    && (ref.outgoing() ? n.label().equals(fromLabel) && ref.targetLabels().contains(toLabel)
                    : n.label().equals(toLabel) && ref.targetLabels().contains(fromLabel)))) {
                return Optional.of(n.name());
            }
        }
        return Optional.empty();
    }

    /** The relationship between a node {@code n} and a target {@code t} of a reference column, in its direction. */
    public static String pattern(boolean outgoing, String relationship) {
        return outgoing ? "(n)-" + relationship + "->(t)" : "(n)<-" + relationship + "-(t)";
    }

    /** Properties recorded as JSON (a Change's before or after) with the types the import writes: JSON knows no dates. */
    public static Map<String, Object> typed(List<Field> fields, Map<String, Object> recorded) {
        Map<String, Object> properties = new HashMap<>(recorded);
        for (Field field : fields) {
            Object value = properties.get(field.name());
            if (value instanceof String text && field.type().equals("DATE")) {
                properties.put(field.name(), LocalDate.parse(text));
            } else if (value instanceof Number number && field.type().equals("FLOAT")) {
                properties.put(field.name(), number.doubleValue());
            } else if (value instanceof Number number && field.type().equals("INTEGER")) {
                properties.put(field.name(), number.longValue());
            }
        }
        return properties;
    }

    private static NodeLayout nodeLayout(NodeKind kind) {
        return new NodeLayout(kind.name(), kind.label(), kind.columns().stream().map(ItemLayout::field).toList(),
                kind.references().stream().map(r -> new Link(r.column(), r.type(), r.outgoing(), r.targetLabels(),
                        r.exactlyOne(), r.properties())).toList(), kind.derivedName());
    }

    private static Field field(Column column) {
        return new Field(column.name(), column.type().name(), column.required(),
                column.allowed().stream().sorted().toList(), FieldLimits.length(column));
    }
}
