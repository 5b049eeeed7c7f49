package nl.partnerkaart.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** How a cell's text becomes a property value; {@link #parse} throws {@link IllegalArgumentException} with a reason. */
public enum ColumnType {
    STRING,
    STRING_LIST,
    INTEGER,
    FLOAT,
    DATE,
    BOOLEAN;

    public static final String LIST_SEPARATOR = "|";

    public Object parse(String text) {
        return switch (this) {
            case STRING -> text;
            case STRING_LIST -> splitList(text);
            case INTEGER -> parseInteger(text);
            case FLOAT -> parseFloat(text);
            case DATE -> parseDate(text);
            case BOOLEAN -> parseBoolean(text);
        };
    }

    public static List<String> splitList(String text) {
        return Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Long parseInteger(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
    }

    private static Double parseFloat(String text) {
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number (use a . as decimal point)");
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date in the form yyyy-MM-dd");
        }
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.toLowerCase()) {
            case "true", "ja", "yes", "1" -> true;
            case "false", "nee", "no", "0" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
        };
    }
}
