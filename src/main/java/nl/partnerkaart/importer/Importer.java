package nl.partnerkaart.importer;

import java.time.Duration;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.partnerkaart.database.SchemaMigrations;

/**
 * Imports tables all-or-nothing: validation and writing share one transaction, which is committed only
 * when there is no problem and this is not a dry run. A crash before the commit leaves the database as it was.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Driver driver;

    Importer(Driver driver, SchemaMigrations schema) {
        this.driver = driver;
    }

    /**
     * @param defaultOrigin origin of rows that do not name one
     * @return the report; with problems, nothing was written
     */
    public ImportReport run(List<RawTable> tables, boolean dryRun, String defaultOrigin) {
        return run(tables, dryRun, defaultOrigin, false);
    }

    /**
     * @param replaceAll first remove every node of the graph model (accounts stay), in the same transaction
     */
    public ImportReport run(List<RawTable> tables, boolean dryRun, String defaultOrigin, boolean replaceAll) {
        try (Session session = driver.session();
             Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(TIMEOUT).build())) {
            if (replaceAll) {
                tx.run("MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) DETACH DELETE n",
                        java.util.Map.of("labels", Kinds.NODE_LABELS)).consume();
            }
            ExistingGraph existing = new ExistingGraph(tx);
            ImportValidator.Result validated = new ImportValidator(existing, defaultOrigin).validate(tables);
            if (!validated.problems().isEmpty()) {
                tx.rollback();
                return new ImportReport(false, List.of(), 0, 0, validated.problems());
            }
            boolean apply = !dryRun;
            ImportReport report = new ImportWriter(tx, existing, validated.labels()).write(validated, apply);
            if (apply) {
                tx.commit();
                log.info("Imported {} table(s): {} relationships created, {} deleted", tables.size(),
                        report.relationshipsCreated(), report.relationshipsDeleted());
            } else {
                tx.rollback();
            }
            return report;
        }
    }

    /** Like {@link #run}, but a problem is an exception. */
    public ImportReport runOrThrow(List<RawTable> tables, boolean dryRun, String defaultOrigin, boolean replaceAll) {
        ImportReport report = run(tables, dryRun, defaultOrigin, replaceAll);
        if (!report.problems().isEmpty()) {
            throw new InvalidImportException(report.problems());
        }
        return report;
    }
}
