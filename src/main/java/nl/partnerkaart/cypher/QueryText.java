package nl.partnerkaart.cypher;

import java.util.Locale;
import java.util.Set;

/**
 * The checks a query text gets before the database sees it: not empty, not too long, one statement, no
 * leading {@code EXPLAIN}/{@code PROFILE}/{@code USE}/{@code CYPHER}.
 * A small lexer skips string literals, quoted names and comments, so a {@code ;} or keyword inside them
 * does not count.
 */
final class QueryText {

    /** Keywords a query may not start with: they change how or where it runs, or run it twice. */
    private static final Set<String> LEADING_KEYWORDS = Set.of("EXPLAIN", "PROFILE", "USE", "CYPHER");

    private QueryText() {
    }

    /** Returns the query to run (a trailing {@code ;} removed), or refuses it. */
    static String check(String query, int maxLength) {
        if (query == null || query.isBlank()) {
            throw new QueryRefusedException("empty", "The query is empty.");
        }
        if (query.length() > maxLength) {
            throw new QueryRefusedException("too-long", "The query is " + query.length()
                    + " characters long; the workbench accepts at most " + maxLength + ".");
        }
        Scan scan = scan(query);
        if (scan.code().isBlank()) {
            throw new QueryRefusedException("empty", "The query holds only comments.");
        }
        if (scan.secondStatementAt() >= 0) {
            throw new QueryRefusedException("multiple-statements",
                    "The workbench runs exactly one statement per request; remove everything after the ';'.");
        }
        String first = firstWord(scan.code()).toUpperCase(Locale.ROOT);
        if (LEADING_KEYWORDS.contains(first)) {
            throw new QueryRefusedException("leading-keyword", "The workbench does not accept a query that starts with "
                    + first + ": write the query itself (the workbench explains every query on its own).");
        }
        return scan.endOfStatement() < 0 ? query : query.substring(0, scan.endOfStatement());
    }

    private static String firstWord(String code) {
        String trimmed = code.strip();
        int end = 0;
        while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
            end++;
        }
        return trimmed.substring(0, end);
    }

    /**
     * @param code the text with comments blanked out and string literals emptied (names in backticks kept)
     * @param endOfStatement index of the first top-level ';', or -1
     * @param secondStatementAt index of code after that ';', or -1
     */
    private record Scan(String code, int endOfStatement, int secondStatementAt) {
    }

    private static Scan scan(String query) {
        StringBuilder code = new StringBuilder(query.length());
        int end = -1;
        int codeEnd = -1;
        int second = -1;
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            char next = i + 1 < query.length() ? query.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                i = skipTo(query, i, "\n");
                code.append(' ');
            } else if (c == '/' && next == '*') {
                i = skipTo(query, i + 2, "*/");
                code.append(' ');
            } else if (c == '\'' || c == '"') {
                i = skipString(query, i, c);
                code.append("''");
            } else if (c == '`') {
                int close = skipTo(query, i + 1, "`");
                code.append(query, i, close);
                i = close;
            } else {
                if (c == ';' && end < 0) {
                    end = i;
                    codeEnd = code.length();
                } else if (end >= 0 && second < 0 && !Character.isWhitespace(c)) {
                    second = i;
                }
                code.append(c);
                i++;
            }
        }
        return new Scan(end < 0 ? code.toString() : code.substring(0, codeEnd), end, second);
    }

    /** Index just after the next {@code terminator} at or after {@code from}, or the end of the text. */
    private static int skipTo(String text, int from, String terminator) {
        int at = text.indexOf(terminator, from);
        return at < 0 ? text.length() : at + terminator.length();
    }

    private static int skipString(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }
}
