package nl.partnerkaart.cypher;

import java.util.Locale;
import java.util.Set;
import nl.partnerkaart.system.Message;

/**
 * The checks a query text gets before the database sees it: not empty, not too long, brackets not nested too
 * deep, one statement, no leading {@code EXPLAIN}/{@code PROFILE}/{@code USE}/{@code CYPHER}.
 * A small lexer skips string literals, quoted names and comments, so a {@code ;}, keyword or
 * bracket inside them does not count.
 */
final class QueryText {

    /** Keywords a query may not start with: they change how or where it runs, or run it twice. */
    private static final Set<String> LEADING_KEYWORDS = Set.of("EXPLAIN", "PROFILE", "USE", "CYPHER");

    private QueryText() {
    }

    /** Returns the query to run (a trailing {@code ;} removed), or refuses it. */
    static String check(String query, int maxLength, int maxNesting) {
        if (query == null || query.isBlank()) {
            throw new QueryRefusedException("empty", Message.of("cypher.empty"));
        }
        if (query.length() > maxLength) {
            throw new QueryRefusedException("too-long", Message.of("cypher.tooLong", query.length(), maxLength));
        }
        Scan scan = scan(query, maxNesting);
        if (scan.tooDeepAt() >= 0) {
            // Neo4j's parser and planner recurse once per level: deep enough, and the database's thread overflows
            // its stack while the query holds a connection.
            QueryRefusedException.Position at = position(query, scan.tooDeepAt());
            throw new QueryRefusedException("too-deep", Message.of("cypher.tooDeep", maxNesting, at.line(), at.column()),
                    at);
        }
        if (scan.code().isBlank()) {
            throw new QueryRefusedException("empty", Message.of("cypher.onlyComments"));
        }
        if (scan.secondStatementAt() >= 0) {
            throw new QueryRefusedException("multiple-statements", Message.of("cypher.multipleStatements"));
        }
        String first = firstWord(scan.code()).toUpperCase(Locale.ROOT);
        if (LEADING_KEYWORDS.contains(first)) {
            throw new QueryRefusedException("leading-keyword", Message.of("cypher.leadingKeyword", first));
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
     * @param tooDeepAt index of the first bracket that opens more than the allowed levels, or -1
     */
    private record Scan(String code, int endOfStatement, int secondStatementAt, int tooDeepAt) {
    }

    private static Scan scan(String query, int maxNesting) {
        StringBuilder code = new StringBuilder(query.length());
        int end = -1;
        int codeEnd = -1;
        int second = -1;
        int depth = 0;
        int tooDeep = -1;
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
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                    if (depth > maxNesting && tooDeep < 0) {
                        tooDeep = i;
                    }
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    // Unbalanced closers are the database's syntax error to report, with its position.
                    depth--;
                }
                code.append(c);
                i++;
            }
        }
        return new Scan(end < 0 ? code.toString() : code.substring(0, codeEnd), end, second, tooDeep);
    }

    /** Line and column counted from 1, as the database gives them in its syntax errors. */
    private static QueryRefusedException.Position position(String query, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (query.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new QueryRefusedException.Position(line, offset - lineStart + 1, offset);
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
