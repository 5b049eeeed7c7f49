package nl.partnerkaart.importer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.partnerkaart.database.SchemaMigrations;

/**
 * Imports tables all-or-nothing: validation, writing and the change history share one transaction, which is
 * committed only when there is no problem and this is not a dry run. A crash before the commit leaves the
 * database as it was.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Driver driver;

    Importer(Driver driver, SchemaMigrations schema) {
        this.driver = driver;
    }

    /** Who imports, why, and whether to write: a person's import records its history. */
    public record Request(String user, String comment, boolean dryRun) {
    }

    /**
     * A person's import: rows without an origin get {@code user}; every created or changed item gets a
     * {@code Change} node (via {@code import}) and its version raised.
     *
     * @return the report; with problems, nothing was written
     */
    public ImportReport run(List<RawTable> tables, Request request, ImportProgress progress) {
        return run(tables, request.dryRun(), "user", false, request.dryRun() ? null : request, progress);
    }

    /**
     * The data set load: origin {@code illustrative}, no change history (the caller audits it as one entry).
     *
     * @param replaceAll first remove every node of the graph model (accounts and history stay), in the same transaction
     * @throws InvalidImportException when the data set has a problem
     */
    public ImportReport loadDataset(List<RawTable> tables, boolean replaceAll) {
        ImportReport report = run(tables, false, "illustrative", replaceAll, null, ImportProgress.ignored());
        if (!report.problems().isEmpty()) {
            throw new InvalidImportException(report.problems());
        }
        return report;
    }

    private ImportReport run(List<RawTable> tables, boolean dryRun, String defaultOrigin, boolean replaceAll,
                             Request recorded, ImportProgress progress) {
        try (Session session = driver.session();
             Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(TIMEOUT).build())) {
            if (replaceAll) {
                tx.run("MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) DETACH DELETE n",
                        Map.of("labels", Kinds.NODE_LABELS)).consume();
            }
            progress.phase(ImportProgress.Phase.VALIDATING);
            progress.total(tables.stream().mapToLong(t -> t.rows().size()).sum());
            ImportTimings timings = new ImportTimings();
            ExistingGraph existing = new ExistingGraph(tx);
            ImportValidator.Result validated = timings.time(ImportTimings.Step.VALIDATION,
                    () -> new ImportValidator(existing, defaultOrigin).validate(tables));
            if (!validated.problems().isEmpty()) {
                tx.rollback();
                return ImportReport.refused(validated.problems());
            }
            progress.phase(ImportProgress.Phase.WRITING);
            ImportHistory history = recorded == null ? null : new ImportHistory(tx, recorded.user(), recorded.comment(),
                    timings);
            ImportReport report = new ImportWriter(tx, existing, validated.labels(), history, progress, timings)
                    .write(validated, !dryRun);
            if (dryRun) {
                tx.rollback();
            } else {
                progress.phase(ImportProgress.Phase.COMMITTING);
                timings.time(ImportTimings.Step.COMMIT, tx::commit);
                log.info("Imported {} table(s): {} relationships created, {} deleted; {}", tables.size(),
                        report.relationshipsCreated(), report.relationshipsDeleted(), timings);
            }
            return report;
        } catch (TransientException e) {
            if (!e.getMessage().contains("memory")) {
                throw e;
            }
            // Too large for one transaction: rolled back, so nothing was written; say so as a problem to act on.
            return ImportReport.refused(List.of(ImportProblem.of(tables.get(0).file(), "is too large to import in one "
                    + "transaction (partnerkaart.embedded.transaction-memory-max and transaction-memory-total-max): "
                    + "split it into smaller imports")));
        }
    }
}
