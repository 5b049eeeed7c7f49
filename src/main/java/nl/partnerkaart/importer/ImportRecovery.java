package nl.partnerkaart.importer;

import java.util.List;

import nl.partnerkaart.database.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the web server opens (so before health says up and before any import runs), rolls back
 * every import whose journal still says {@code applying}: the application was killed or crashed while it
 * committed batches. This is what makes a batched import all-or-nothing also under SIGKILL.
 */
@Component
class ImportRecovery implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

    private final Driver driver;
    private final ImportRollback rollback;

    ImportRecovery(Driver driver, ImportRollback rollback, SchemaMigrations schema) {
        this.driver = driver;
        this.rollback = rollback;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String id : ImportJournal.unfinished(driver)) {
            log.warn("Import {} was cut off while applying (the application stopped mid-import): rolling back the "
                    + "batches it committed", id);
            List<String> kept = rollback.undo(id);
            log.warn("Import {} rolled back{}", id, kept.isEmpty() ? ""
                    : "; kept as they are, because they were changed after the import: " + kept);
        }
    }
}
