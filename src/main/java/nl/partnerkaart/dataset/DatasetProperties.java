package nl.partnerkaart.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param loadOnStart load the shipped data set when the database holds no node of the graph model
 * @param reset replace everything in the database (accounts excepted) by the shipped data set at start
 */
@ConfigurationProperties("partnerkaart.dataset")
public record DatasetProperties(@DefaultValue("true") boolean loadOnStart, @DefaultValue("false") boolean reset) {
}
