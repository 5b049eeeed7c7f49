package nl.partnerkaart.generator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param nodes how many nodes the generated graph gets (the shipped reference data included); 0 generates nothing
 * @param seed the same seed and size give the same graph
 * @param batchSize rows per {@code UNWIND} transaction
 */
@ConfigurationProperties("partnerkaart.generate")
public record GeneratorProperties(@DefaultValue("0") int nodes, @DefaultValue("42") long seed,
                                  @DefaultValue("10000") int batchSize) {
}
