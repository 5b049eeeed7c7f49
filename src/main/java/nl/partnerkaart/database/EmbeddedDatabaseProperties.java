package nl.partnerkaart.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded database, used only when {@code spring.neo4j.uri} is not set.
 *
 * @param dataDirectory where the embedded database keeps its files
 * @param boltAddress host and port of the Bolt connector; port 0 picks a free port
 * @param password password of user {@code neo4j}; if empty, one is generated once and stored in the data directory
 * @param transactionTimeout longest time any transaction may run before the database stops it
 * @param transactionMemoryMax most memory one transaction may use
 * @param pageCache memory for the page cache (the store files kept in memory)
 * @param transactionMemoryTotalMax most memory all transactions together may use (Neo4j's own default, 70 % of
 *        the heap, would refuse a large import whenever the heap is capped small)
 * @param transactionStateOffHeap keep the changes of open transactions outside the Java heap, so a large import
 *        needs no large heap and gives its memory back when it ends
 */
@ConfigurationProperties("partnerkaart.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data") Path dataDirectory,
        @DefaultValue("127.0.0.1:7687") String boltAddress,
        String password,
        @DefaultValue("120s") Duration transactionTimeout,
        @DefaultValue("2GB") DataSize transactionMemoryMax,
        @DefaultValue("256MB") DataSize pageCache,
        @DefaultValue("3GB") DataSize transactionMemoryTotalMax,
        @DefaultValue("true") boolean transactionStateOffHeap) {
}
