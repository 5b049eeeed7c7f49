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

/** Loads the shipped data set at start-up into an empty database, or over everything when a reset is asked for. */
@Component
@Order(0)
class DatasetLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

    private final Importer importer;
    private final Driver driver;
    private final DatasetProperties properties;

    DatasetLoader(Importer importer, Driver driver, DatasetProperties properties, SchemaMigrations schema) {
        this.importer = importer;
        this.driver = driver;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.reset() && !(properties.loadOnStart() && GraphContents.isEmpty(driver))) {
            return;
        }
        long start = System.nanoTime();
        List<RawTable> tables = ShippedDataset.tables(properties.location());
        ImportReport report = importer.loadDataset(tables, properties.reset());
        int created = report.kinds().stream().mapToInt(ImportReport.KindCounts::created).sum();
        log.info("Loaded the shipped data set: {} tables, {} nodes and relationships, in {} ms", tables.size(),
                created + report.relationshipsCreated(), (System.nanoTime() - start) / 1_000_000);
    }
}
