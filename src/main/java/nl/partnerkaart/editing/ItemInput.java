package nl.partnerkaart.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.partnerkaart.model.ItemLayout;
import nl.partnerkaart.system.Message;

/**
 * Turns a form's or API caller's JSON into the cells of an import row (lists joined by |, dates as yyyy-MM-dd),
 * so the import's validation applies unchanged. Fields the body leaves out keep their current value.
 */
final class ItemInput {

    static final String COMMENT = "comment";
    static final String CONFIRM_SIMILAR_NAME = "confirmSimilarName";
    static final String VERSION = "version";
    private static final Set<String> RESERVED = Set.of(COMMENT, CONFIRM_SIMILAR_NAME, VERSION);

    private ItemInput() {
    }

    /** The names a body of this kind may hold: its fields, its reference columns and the reserved ones. */
    static List<String> accepted(ItemLayout.NodeLayout layout) {
        List<String> names = new ArrayList<>(layout.fields().stream().map(ItemLayout.Field::name).toList());
        layout.links().forEach(l -> names.add(l.name()));
        return names;
    }

    static void rejectUnknown(ItemLayout.NodeLayout layout, Map<String, Object> body) {
        List<String> accepted = accepted(layout);
        List<InvalidItemException.FieldError> errors = body.keySet().stream()
                .filter(name -> !accepted.contains(name) && !RESERVED.contains(name))
                .map(name -> InvalidItemException.FieldError.of(name, Message.of("item.unknownField", layout.kind(),
                        accepted))).toList();
        if (!errors.isEmpty()) {
            throw new InvalidItemException(errors);
        }
    }

    /** Every column's cell: from the body where it names the column, else from the current item. */
    static Map<String, String> cells(ItemLayout.NodeLayout layout, Map<String, Object> current, Map<String, Object> body) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String name : accepted(layout)) {
            cells.put(name, cell(body.containsKey(name) ? body.get(name) : current.get(name)));
        }
        return cells;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(ItemInput::cell).filter(s -> !s.isEmpty()).collect(Collectors.joining("|"));
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.valueOf(d.longValue());
        }
        if (value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return value.toString().strip();
    }

    static String text(Map<String, Object> body, String name) {
        Object value = body.get(name);
        return value == null ? null : value.toString();
    }

    static boolean flag(Map<String, Object> body, String name) {
        return Boolean.TRUE.equals(body.get(name)) || "true".equals(body.get(name));
    }

    /**
     * The version the caller last read: the If-Match header ({@code "3"}, {@code W/"3"} or {@code 3}) or else
     * the {@code version} field.
     */
    static long expectedVersion(String ifMatch, Object field) {
        String text = ifMatch != null && !ifMatch.isBlank() ? ifMatch.replace("W/", "").replace("\"", "").strip()
                : field == null ? null : cell(field);
        if (text == null || text.isEmpty()) {
            throw new InvalidItemException(VERSION, "item.versionMissing");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidItemException(VERSION, "item.versionInvalid", text);
        }
    }
}
