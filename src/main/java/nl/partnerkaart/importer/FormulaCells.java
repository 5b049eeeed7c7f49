package nl.partnerkaart.importer;

import nl.partnerkaart.spreadsheet.SpreadsheetText;

/**
 * Formula injection: a cell that starts like a formula ({@code =cmd|...}) would run when the data is exported
 * back to Excel, so an import refuses it. The export neutralises formula starts with an apostrophe
 * ({@link SpreadsheetText#safe}); the import takes those apostrophes off again, so export and import round-trip.
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

    /** The text without the apostrophes that {@link SpreadsheetText#safe} put before formula starts. */
    static String unquoted(String text) {
        return SpreadsheetText.restored(text);
    }

    static String shortened(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}
