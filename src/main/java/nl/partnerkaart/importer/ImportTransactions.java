package nl.partnerkaart.importer;

import java.util.Map;

import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

/**
 * The transactions one import runs in. Without a journal (a dry run, the data set load) that is one transaction.
 * With one (a person's import) a batch of written rows is committed at every {@link #endBatch}: one commit of
 * 100,000 partners with their history took almost half the import, and its memory grew with the import. The
 * import stays all-or-nothing because the first commit also writes the journal ({@code applying}), every batch
 * commits its items together with their Change nodes, the last commit marks the journal {@code applied}, and
 * {@link ImportRollback} undoes committed batches from their Changes when the import fails or was cut off.
 */
final class ImportTransactions implements AutoCloseable {

    private final Session session;
    private final TransactionConfig config;
    /** Null: everything in one transaction. */
    private final ImportJournal journal;
    private final ImportTimings timings;
    private Transaction tx;
    private boolean written;
    private boolean journalStarted;
    private int commits;

    ImportTransactions(Session session, TransactionConfig config, ImportJournal journal, ImportTimings timings) {
        this.session = session;
        this.config = config;
        this.journal = journal;
        this.timings = timings;
        this.tx = session.beginTransaction(config);
    }

    /** For reads, which see what earlier batches committed. */
    Transaction current() {
        return tx;
    }

    /** A statement that writes. */
    Result write(String query, Map<String, Object> parameters) {
        written = true;
        return tx.run(query, parameters);
    }

    /**
     * Commits what was written since the last commit, when this import commits in batches; the caller has written
     * every item of the batch and their Change nodes.
     */
    void endBatch() {
        if (journal != null && written) {
            startJournal();
            commit();
            tx = session.beginTransaction(config);
            written = false;
        }
    }

    /** The last commit: the journal, when there is one and something was written, says the import is applied. */
    void commitAll() {
        if (journal != null && (written || journalStarted)) {
            startJournal();
            journal.applied(tx);
        }
        commit();
    }

    /** Whether batches are committed that a failure must undo. */
    boolean committedBatches() {
        return journal != null && commits > 0;
    }

    /** Rolls back the open transaction (not the committed batches), releasing its locks. */
    void rollback() {
        if (tx.isOpen()) {
            tx.rollback();
        }
    }

    /** The journal goes into the first commit that writes, so there is never a committed batch without it. */
    private void startJournal() {
        if (!journalStarted) {
            journal.applying(tx);
            journalStarted = true;
        }
    }

    private void commit() {
        timings.time(ImportTimings.Step.COMMIT, tx::commit);
        commits++;
    }

    @Override
    public void close() {
        tx.close();
    }
}
