package nl.partnerkaart.importer;

import nl.partnerkaart.database.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the web server opens (so before health says up and before any import runs), rolls back
 * every import whose journal still says {@code applying}: the application was killed or crashed while it
 * committed batches. This is what makes a batched import all-or-nothing also under SIGKILL.
 */
@Component
class ImportRecovery implements SmartInitializingSingleton {

    private final Driver driver;
    private final ImportRollback rollback;

    ImportRecovery(Driver driver, ImportRollback rollback, SchemaMigrations schema) {
        this.driver = driver;
        this.rollback = rollback;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String id : ImportJournal.unfinished(driver)) {
            rollback.undo(id, "was cut off while applying (the application stopped mid-import)");
        }
    }
}
