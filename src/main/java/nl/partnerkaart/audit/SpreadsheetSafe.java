package nl.partnerkaart.audit;

/**
 * Text for cells that people open in Excel: a leading {@code = + - @} (or tab / carriage return) would make
 * a formula of it, so such a cell gets a leading apostrophe.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
