package nl.partnerkaart.generator;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.partnerkaart.database.SchemaMigrations;
import nl.partnerkaart.dataset.DatasetProperties;
import nl.partnerkaart.dataset.GraphContents;
import nl.partnerkaart.dataset.ReferenceUpdate;
import nl.partnerkaart.dataset.ShippedDataset;
import nl.partnerkaart.importer.Importer;
import nl.partnerkaart.importer.RawTable;
import nl.partnerkaart.model.Kinds;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * With {@code partnerkaart.generate.nodes} set, fills an empty database with a synthetic graph of that size
 * before the application takes requests: the shipped reference data (regions, municipalities, sectors, vital
 * processes, the risk typology and their sources) through the import path, then the generated rest. The
 * shipped data set is then not loaded, because the database is no longer empty.
 */
@Component
class GraphGenerator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(GraphGenerator.class);

    /** The fixed part of the model that every generated graph shares with the shipped data set. */
    private static final Set<String> REFERENCE_KINDS = Set.of("sources", "sectors", "regions", "municipalities",
            "vital-processes", "themes", "crisis-types", "incident-types", "process-dependencies");

    private final Importer importer;
    private final ReferenceUpdate referenceUpdate;
    private final Driver driver;
    private final GeneratorProperties properties;
    private final DatasetProperties dataset;

    GraphGenerator(Importer importer, Driver driver, GeneratorProperties properties, DatasetProperties dataset,
                   ReferenceUpdate referenceUpdate, SchemaMigrations schema) {
        this.referenceUpdate = referenceUpdate;
        this.importer = importer;
        this.driver = driver;
        this.properties = properties;
        this.dataset = dataset;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.nodes() <= 0) {
            return;
        }
        if (!GraphContents.isEmpty(driver)) {
            throw new IllegalStateException("partnerkaart.generate.nodes is set, but the database is not empty. "
                    + "The generator only fills an empty database: start it on a new data directory "
                    + "(partnerkaart.embedded.data-directory) or remove the property.");
        }
        List<RawTable> tables = ShippedDataset.REFERENCE.tables(dataset.location()).stream()
                .filter(table -> REFERENCE_KINDS.contains(table.kind())).toList();
        importer.loadDataset(tables, ShippedDataset.REFERENCE.origin(), false);
        // Recorded as applied: a reference update would otherwise add the real partners to the synthetic graph.
        referenceUpdate.loaded();
        ReferenceData reference = ReferenceData.read(driver);
        long referenceNodes = countModelNodes();
        int generated = (int) Math.max(0, properties.nodes() - referenceNodes);
        log.info("Generating a synthetic graph of {} nodes (seed {}), {} of them reference data",
                properties.nodes(), properties.seed(), referenceNodes);
        BatchWriter writer = new BatchWriter(driver, properties.batchSize(), generated);
        new SyntheticGraph(reference, Proportions.of(generated), properties.seed(), writer).write();
        double seconds = writer.seconds();
        log.info("Generated {} nodes and {} relationships in {} s ({} nodes/s, {} relationships/s)",
                writer.nodesWritten(), writer.relationshipsWritten(), Math.round(seconds),
                Math.round(writer.nodesWritten() / seconds), Math.round(writer.relationshipsWritten() / seconds));
    }

    private long countModelNodes() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) "
                    + "RETURN count(n) AS n", Map.of("labels", Kinds.NODE_LABELS)).single().get("n").asLong());
        }
    }
}
