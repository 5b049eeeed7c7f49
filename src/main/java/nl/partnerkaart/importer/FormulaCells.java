package nl.partnerkaart.importer;

import nl.partnerkaart.audit.SpreadsheetSafe;

/**
 * Formula injection: a cell that starts like a formula ({@code =cmd|...}) would run when the data is exported
 * back to Excel, so an import refuses it. The export writes such text with a leading apostrophe
 * ({@link SpreadsheetSafe}); the import takes that apostrophe off again, so export and import round-trip.
 */
final class FormulaCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaCells() {
    }

    /** A leading {@code +} or {@code -} is fine on a number: {@code -4.5} is a value, not a formula. */
    static boolean isFormula(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return false;
        }
        return !text.matches("[+-]\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    }

    /** The text without the apostrophe that {@link SpreadsheetSafe} put before a formula-like value. */
    static String unquoted(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    static String shortened(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}
