package nl.partnerkaart.cypher;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the Cypher workbench.
 *
 * @param timeout longest time one workbench query may run before the database stops it
 * @param timeoutMargin how much longer than {@code timeout} the application waits for the database before it gives
 *                      up on the query itself, answers, and ends the query's transaction and connection
 * @param defaultRowCap rows returned when a request does not ask for a row cap
 * @param maxRowCap the largest row cap a request may ask for
 * @param maxAnswerSize the most an answer may hold (estimated while the rows stream in); the rest is cut off
 * @param maxQueryLength longest query text accepted, in characters
 * @param maxNesting deepest nesting of brackets in a query text, and of lists and maps in its parameters
 * @param maxParameterSize the most all parameter values of one request may hold together
 * @param maxParameterListLength the most items one list in the parameters may have
 * @param maxConcurrentQueries workbench queries that may run at once (also the size of its own connection pool)
 * @param maxConcurrentQueriesPerUser workbench queries one account may run at once
 */
@ConfigurationProperties("partnerkaart.cypher")
public record CypherProperties(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("2s") Duration timeoutMargin,
        @DefaultValue("1000") int defaultRowCap,
        @DefaultValue("10000") int maxRowCap,
        @DefaultValue("20MB") DataSize maxAnswerSize,
        @DefaultValue("20000") int maxQueryLength,
        @DefaultValue("40") int maxNesting,
        @DefaultValue("1MB") DataSize maxParameterSize,
        @DefaultValue("10000") int maxParameterListLength,
        @DefaultValue("4") int maxConcurrentQueries,
        @DefaultValue("2") int maxConcurrentQueriesPerUser) {
}
