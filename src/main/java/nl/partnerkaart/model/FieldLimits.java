package nl.partnerkaart.model;

import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;

/**
 * How large a value of the model may be, the same for an import row and a form save (docs/data-format.md). The
 * validator checks the length of every cell's text before it does anything else with it, so an oversized value
 * costs one comparison, never a parse, a look-up or a similarity check. The comment of a change (an import, a save,
 * a restore) has a limit of its own.
 */
public final class FieldLimits {

    /** An id, also each id of a reference column. */
    public static final int ID = 100;
    /** A name. */
    public static final int NAME = 300;
    /** Free text (description, website, function, ...). */
    public static final int TEXT = 10_000;
    /** Each entry of a list (synonyms, topics, sources). */
    public static final int LIST_ENTRY = 300;
    /** The entries of a list. */
    public static final int LIST_ENTRIES = 100;
    /** The ids of one reference column (participants, covers, serves, ...). */
    public static final int REFERENCES = 1_000;
    /** A date, number, true/false or enumeration value. */
    public static final int VALUE = 100;
    /** The comment of a change. */
    public static final int COMMENT = 500;

    private FieldLimits() {
    }

    /**
     * The comment a caller sent with a change, as text; refused (400, field {@code comment}) when longer than
     * {@link #COMMENT}.
     */
    public static String comment(Object comment) {
        String text = comment == null ? null : comment.toString();
        if (text != null && text.length() > COMMENT) {
            throw new InvalidInputException("comment", Message.of("input.commentTooLong", COMMENT));
        }
        return text;
    }

    /** The most characters of one value, or of each entry of a list. */
    public static int length(Column column) {
        if (column.name().equals("id")) {
            return ID;
        }
        if (column.name().equals("name")) {
            return NAME;
        }
        return switch (column.type()) {
            case STRING -> column.allowed().isEmpty() ? TEXT : VALUE;
            case STRING_LIST -> column.allowed().isEmpty() ? LIST_ENTRY : VALUE;
            default -> VALUE;
        };
    }

    /** The most entries of the column's list (1 for a single value). */
    public static int entries(Column column) {
        return column.type() == ColumnType.STRING_LIST ? LIST_ENTRIES : 1;
    }

    /** The longest cell text of a column of the kind: its entries, each with a separator and some spaces. */
    public static int cellLength(Kind kind, String column) {
        if (kind instanceof RelationshipKind r && (column.equals(r.fromColumn()) || column.equals(r.toColumn()))) {
            return ID;
        }
        if (kind instanceof NodeKind n && n.references().stream().anyMatch(ref -> ref.column().equals(column))) {
            return listLength(REFERENCES, ID);
        }
        return kind.column(column).map(c -> c.type() == ColumnType.STRING_LIST ? listLength(entries(c), length(c))
                : length(c)).orElse(TEXT);
    }

    private static int listLength(int entries, int length) {
        return entries * (length + 3);
    }
}
