package nl.partnerkaart.cypher;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the Cypher workbench.
 *
 * @param timeout longest time one workbench query may run before the database stops it
 * @param defaultRowCap rows returned when a request does not ask for a row cap
 * @param maxRowCap the largest row cap a request may ask for
 * @param maxQueryLength longest query text accepted, in characters
 */
@ConfigurationProperties("partnerkaart.cypher")
public record CypherProperties(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("1000") int defaultRowCap,
        @DefaultValue("10000") int maxRowCap,
        @DefaultValue("20000") int maxQueryLength) {
}
