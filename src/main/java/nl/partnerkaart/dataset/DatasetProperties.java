package nl.partnerkaart.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param loadOnStart load the data set when the database holds no node of the graph model
 * @param reset replace every node of the graph model by the data set at start (accounts, audit and saved items
 *        live in the bookkeeping store and are not touched)
 * @param location the folder of the data set's CSV files
 */
@ConfigurationProperties("partnerkaart.dataset")
public record DatasetProperties(@DefaultValue("true") boolean loadOnStart, @DefaultValue("false") boolean reset,
                                @DefaultValue(ShippedDataset.DEFAULT_LOCATION) String location) {
}
