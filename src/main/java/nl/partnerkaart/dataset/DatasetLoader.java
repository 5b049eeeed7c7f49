package nl.partnerkaart.dataset;

import java.util.List;

import nl.partnerkaart.database.SchemaMigrations;
import nl.partnerkaart.importer.ImportReport;
import nl.partnerkaart.importer.Importer;
import nl.partnerkaart.importer.RawTable;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped data set at start-up into an empty database, or over everything when a reset is asked for: the
 * reference set always, the example set unless {@code partnerkaart.dataset.examples=false}. A knowledge base in use
 * gets a newer reference version instead ({@link ReferenceUpdate}).
 */
@Component
@Order(0)
class DatasetLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

    private final Importer importer;
    private final Driver driver;
    private final DatasetProperties properties;
    private final ReferenceUpdate referenceUpdate;

    DatasetLoader(Importer importer, Driver driver, DatasetProperties properties, ReferenceUpdate referenceUpdate,
                  SchemaMigrations schema) {
        this.referenceUpdate = referenceUpdate;
        this.importer = importer;
        this.driver = driver;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.reset() && !(properties.loadOnStart() && GraphContents.isEmpty(driver))) {
            if (properties.loadOnStart()) {
                referenceUpdate.applyIfNewer();
            }
            return;
        }
        load(ShippedDataset.REFERENCE, properties.reset());
        referenceUpdate.loaded();
        if (properties.examples()) {
            load(ShippedDataset.EXAMPLES, false);
        }
    }

    /**
     * Each set is one transaction: a start cut off between the two leaves the reference alone, which is what a
     * start without examples gives (and the next start does not add examples to a database that is not empty).
     */
    private void load(ShippedDataset set, boolean replaceAll) {
        long start = System.nanoTime();
        List<RawTable> tables = set.tables(properties.location());
        ImportReport report = importer.loadDataset(tables, set.origin(), replaceAll);
        int created = report.kinds().stream().mapToInt(ImportReport.KindCounts::created).sum();
        log.info("Loaded the {} set of the shipped data set: {} tables, {} nodes and relationships, in {} ms",
                set.name().toLowerCase(java.util.Locale.ROOT), tables.size(), created + report.relationshipsCreated(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
