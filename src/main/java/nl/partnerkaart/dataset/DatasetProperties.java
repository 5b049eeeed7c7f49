package nl.partnerkaart.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param loadOnStart load the data set when the database holds no node of the graph model
 * @param reset replace every node of the graph model by the data set at start (accounts, audit and saved items
 *        live in the bookkeeping store and are not touched)
 * @param examples load the example set along with the reference set (only when the data set is loaded: a first
 *        start or a reset)
 * @param location the folder of the data set's two sets ({@code reference/} and {@code examples/})
 */
@ConfigurationProperties("partnerkaart.dataset")
public record DatasetProperties(@DefaultValue("true") boolean loadOnStart, @DefaultValue("false") boolean reset,
                                @DefaultValue("true") boolean examples,
                                @DefaultValue(ShippedDataset.DEFAULT_LOCATION) String location) {
}
