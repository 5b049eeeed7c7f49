package nl.partnerkaart.spreadsheet;

import java.util.regex.Pattern;

/**
 * Keeps text from being read as a formula ({@code =cmd|' /C calc'!A0}) by a spreadsheet, and gives it back.
 * A formula starts with {@code = + - @}, tab or carriage return; a spreadsheet that splits a cell on {@code ;} (Dutch
 * Excel) or {@code ,} (English Excel), or that loses track of quotes and takes a line break in a cell for a new row,
 * sees such a start after every separator and line break too, also behind spaces or quotes. So at the start and
 * after every {@code ;}, {@code ,} and line break a formula character gets an apostrophe before it, which makes the
 * cell text. Apostrophes already standing there get one more, so {@link #restored} gives exactly the original.
 */
public final class SpreadsheetText {

    // A segment start, then spaces or quotes, then any apostrophes and a formula character. Possessive (*+), so
    // a long run of spaces or apostrophes is read once: linear time on any text.
    private static final Pattern FORMULA_START = Pattern.compile("(^|[;,\\r\\n])([ \"]*+)('*+[=+\\-@\\t\\r])");
    private static final Pattern NEUTRALISED = Pattern.compile("(^|[;,\\r\\n])([ \"]*+)'('*+[=+\\-@\\t\\r])");

    private SpreadsheetText() {
    }

    /** The text with an apostrophe before every formula start; null stays null. */
    public static String safe(String text) {
        return text == null || text.isEmpty() ? text : FORMULA_START.matcher(text).replaceAll("$1$2'$3");
    }

    /** What {@link #safe} was given: one apostrophe less before every formula start (for the import). */
    public static String restored(String text) {
        return text == null || text.isEmpty() ? text : NEUTRALISED.matcher(text).replaceAll("$1$2$3");
    }
}
