package nl.partnerkaart.importer;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import nl.partnerkaart.model.Kinds;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.partnerkaart.database.SchemaMigrations;
import nl.partnerkaart.history.ImportChanges;
import nl.partnerkaart.history.PeopleEdits;

/**
 * Imports tables all-or-nothing. Everything is validated before anything is written. A dry run and the data set
 * load are one transaction. A person's import commits in batches with a journal ({@link ImportTransactions}); when
 * it fails after a batch was committed, {@link ImportRollback} undoes the committed batches at once, and a run cut
 * off by a crash is undone at the next start ({@link ImportRecovery}). One import applies at a time.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    private static final TransactionConfig CONFIG = TransactionConfig.builder().withTimeout(Duration.ofMinutes(30))
            .build();

    private final Driver driver;
    private final ImportRollback rollback;
    private final int batchSize;
    private final Clock clock;
    /** Two imports applying together could each compare against a graph the other is changing. */
    private final ReentrantLock applying = new ReentrantLock();

    Importer(Driver driver, ImportProperties properties, ImportRollback rollback, SchemaMigrations schema,
             Clock clock) {
        this.driver = driver;
        this.clock = clock;
        this.rollback = rollback;
        this.batchSize = properties.batchSize();
    }

    /**
     * Who imports, why, and whether to write: a person's import records its history.
     *
     * @param via the channel its Changes name: {@code import} for a person's import
     */
    public record Request(String user, String comment, boolean dryRun, String via) {

        public Request(String user, String comment, boolean dryRun) {
            this(user, comment, dryRun, "import");
        }
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
     * A new version of the reference set over a knowledge base in use, with history (channel {@code reference}):
     * public facts that changed are updated, rows of items people changed are held back and reported instead.
     */
    public ImportReport updateReference(List<RawTable> tables, String user, String comment) {
        applying.lock();
        try {
            return apply(tables, false, "public", false, new Request(user, comment, false, PeopleEdits.VIA_REFERENCE),
                    ImportProgress.ignored());
        } finally {
            applying.unlock();
        }
    }

    /**
     * A set of the shipped data set, in one transaction and without change history.
     *
     * @param origin the origin of rows that do not state one
     * @param replaceAll first remove every node of the graph model (the change history stays), in the same transaction
     * @throws InvalidImportException when the data set has a problem
     */
    public ImportReport loadDataset(List<RawTable> tables, String origin, boolean replaceAll) {
        ImportReport report = run(tables, false, origin, replaceAll, null, ImportProgress.ignored());
        if (!report.problems().isEmpty()) {
            throw new InvalidImportException(report.problems());
        }
        return report;
    }

    private ImportReport run(List<RawTable> tables, boolean dryRun, String defaultOrigin, boolean replaceAll,
                             Request recorded, ImportProgress progress) {
        if (dryRun) {
            return apply(tables, true, defaultOrigin, false, null, progress);
        }
        applying.lock();
        try {
            return apply(tables, false, defaultOrigin, replaceAll, recorded, progress);
        } finally {
            applying.unlock();
        }
    }

    private ImportReport apply(List<RawTable> tables, boolean dryRun, String defaultOrigin, boolean replaceAll,
                               Request recorded, ImportProgress progress) {
        ImportTimings timings = new ImportTimings();
        ImportJournal journal = recorded == null ? null : new ImportJournal(UUID.randomUUID().toString(),
                recorded.user(), ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        try (Session session = driver.session();
             ImportTransactions transactions = new ImportTransactions(session, CONFIG, journal, timings)) {
            try {
                if (replaceAll) {
                    transactions.write("MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) DETACH DELETE n",
                            Map.of("labels", Kinds.NODE_LABELS)).consume();
                }
                progress.phase(ImportProgress.Phase.VALIDATING);
                progress.total(tables.stream().mapToLong(t -> t.rows().size()).sum());
                ExistingGraph existing = new ExistingGraph(transactions::current);
                ImportValidator.Result validated = timings.time(ImportTimings.Step.VALIDATION,
                        () -> new ImportValidator(existing, defaultOrigin).validate(tables));
                if (!validated.problems().isEmpty()) {
                    transactions.rollback();
                    return ImportReport.refused(validated.problems());
                }
                progress.phase(ImportProgress.Phase.WRITING);
                ImportChanges history = journal == null ? null : new ImportChanges((query, parameters) ->
                        timings.time(ImportTimings.Step.HISTORY, () -> transactions.write(query, parameters).consume()),
                        journal.id(), journal.started(), journal.user(), recorded.comment(), recorded.via());
                PeopleEdits heldBack = recorded != null && PeopleEdits.VIA_REFERENCE.equals(recorded.via())
                        ? new PeopleEdits(transactions::current) : null;
                ImportReport report = new ImportWriter(transactions, batchSize, existing, validated.labels(), history,
                        heldBack, progress, timings).write(validated, !dryRun);
                if (dryRun) {
                    transactions.rollback();
                } else {
                    progress.phase(ImportProgress.Phase.COMMITTING);
                    transactions.commitAll();
                    log.info("Imported {} table(s): {} relationships created, {} deleted; {}", tables.size(),
                            report.relationshipsCreated(), report.relationshipsDeleted(), timings);
                }
                return report;
            } catch (RuntimeException e) {
                transactions.rollback();
                if (transactions.committedBatches()) {
                    undo(journal, e);
                }
                throw e;
            }
        } catch (TransientException e) {
            if (!e.getMessage().contains("memory")) {
                throw e;
            }
            // Too large for the transaction memory: rolled back (and undone), so nothing was written.
            return ImportReport.refused(List.of(ImportProblem.of(tables.get(0).file(), "import.tooLarge")));
        }
    }

    /** The import failed after committing batches: take them back at once, before anyone else imports. */
    private void undo(ImportJournal journal, RuntimeException failure) {
        try {
            rollback.undo(journal.id(), "failed after committing batches (" + failure.getMessage() + ")");
        } catch (RuntimeException e) {
            // The journal still says applying, so the next start finishes the rollback.
            failure.addSuppressed(e);
            log.error("Import {} could not be rolled back now; the next start will", journal.id(), e);
        }
    }
}
