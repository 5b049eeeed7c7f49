package nl.partnerkaart.importer;

import java.util.List;
import java.util.Optional;

import nl.partnerkaart.database.SchemaMigrations;
import nl.partnerkaart.history.ChangeReversal;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Undoes the committed batches of an import that failed or was cut off, from its Change nodes, one batch of
 * Changes per transaction: each transaction undoes its rows and deletes their Changes ({@link ChangeReversal}),
 * so a rollback that is itself interrupted continues where it stopped and never undoes a row twice. Then the
 * journal is marked rolled back.
 */
@Service
class ImportRollback {

    private static final Logger log = LoggerFactory.getLogger(ImportRollback.class);

    private final Driver driver;
    private final int batchSize;

    ImportRollback(Driver driver, ImportProperties properties, SchemaMigrations schema) {
        this.driver = driver;
        this.batchSize = properties.batchSize();
    }

    /**
     * Undoes the import and says so in the log, with why and the items left as they were.
     *
     * @return the items left as they were because they were changed after the import wrote them
     */
    List<String> undo(String importId, String why) {
        log.warn("Import {} {}: rolling back the batches it committed", importId, why);
        List<String> kept;
        try (Session session = driver.session()) {
            while (session.executeWrite(tx -> undoBatch(tx, importId))) {
                // Until no Change of the import is left.
            }
            kept = session.executeWrite(tx -> {
                ImportJournal.rolledBack(tx, importId);
                return ImportJournal.kept(tx, importId);
            });
        }
        log.warn("Import {} rolled back{}", importId, kept.isEmpty() ? ""
                : "; kept as they are, because they were changed after the import: " + kept);
        return kept;
    }

    /** @return whether there was anything left to undo */
    private boolean undoBatch(TransactionContext tx, String importId) {
        Optional<List<String>> kept = ChangeReversal.undoBatch(tx, importId, batchSize);
        kept.ifPresent(items -> ImportJournal.keep(tx, importId, items));
        return kept.isPresent();
    }
}
