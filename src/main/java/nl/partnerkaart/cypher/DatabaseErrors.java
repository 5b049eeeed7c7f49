package nl.partnerkaart.cypher;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.partnerkaart.system.Message;
import org.neo4j.driver.exceptions.Neo4jException;

/** Turns what the database says about a workbench query into a refusal a person can act on. */
final class DatabaseErrors {

    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");

    private DatabaseErrors() {
    }

    /**
     * @param prefixLength characters put before the user's query (the {@code EXPLAIN} line) when this
     *                     error came from explaining it; positions are given back in the user's text
     * @return the refusal, or {@code null} when the error is not the query's fault
     */
    static QueryRefusedException translate(Neo4jException e, Duration timeout, int prefixLength) {
        String code = e.code() == null ? "" : e.code();
        String message = e.getMessage() == null ? code : e.getMessage();
        if (code.contains("TimedOut") || code.endsWith("Transaction.Terminated")) {
            return timedOut(timeout);
        }
        if (code.contains("Memory")) {
            return new QueryRefusedException("memory", Message.of("cypher.memory"));
        }
        if (code.endsWith("Statement.SyntaxError")) {
            return syntax(message, prefixLength);
        }
        if (code.endsWith("Statement.ParameterMissing")) {
            // Neo4j says "Expected parameter(s): a, b"; the names alone fit a sentence of either language.
            return new QueryRefusedException("missing-parameter", Message.of("cypher.missingParameter",
                    message.replaceFirst("^Expected parameter\\(s\\):\\s*", "")));
        }
        if (code.startsWith("Neo.ClientError.Security") || message.contains("read access mode")) {
            return new QueryRefusedException("write", Message.of("cypher.write",
                    List.of(Message.of("cypher.would.write"))));
        }
        if (code.startsWith("Neo.ClientError")) {
            return new QueryRefusedException("query-error", Message.of("cypher.refusedByDatabase", message));
        }
        return null;
    }

    /** The same answer whether the database stopped the query or the application stopped waiting for it. */
    static QueryRefusedException timedOut(Duration timeout) {
        return new QueryRefusedException("timeout", Message.of("cypher.timeout", seconds(timeout)));
    }

    private static QueryRefusedException syntax(String message, int prefixLength) {
        Matcher matcher = POSITION.matcher(message);
        if (!matcher.find()) {
            return new QueryRefusedException("syntax", Message.of("cypher.syntax", message));
        }
        // The EXPLAIN prefix is a line of its own, so only the line and offset move.
        int lines = prefixLength > 0 ? 1 : 0;
        int line = Integer.parseInt(matcher.group(1)) - lines;
        int column = Integer.parseInt(matcher.group(2));
        int offset = Math.max(0, Integer.parseInt(matcher.group(3)) - prefixLength);
        String text = matcher.replaceFirst("(line " + line + ", column " + column + " (offset: " + offset + "))");
        return new QueryRefusedException("syntax", Message.of("cypher.syntax", text),
                new QueryRefusedException.Position(line, column, offset));
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
