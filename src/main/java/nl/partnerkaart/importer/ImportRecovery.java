package nl.partnerkaart.importer;

import java.util.List;

import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.database.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the web server opens (so before health says up and before any import runs), rolls back
 * every import whose journal still says {@code applying}: the application was killed or crashed while it
 * committed batches. This is what makes a batched import all-or-nothing also under SIGKILL. Each rollback is an
 * audit entry ({@code import.recovered}), so administrators see that an import was lost, and whose.
 */
@Component
class ImportRecovery implements SmartInitializingSingleton {

    private final Driver driver;
    private final ImportRollback rollback;
    private final AuditLog audit;

    ImportRecovery(Driver driver, ImportRollback rollback, AuditLog audit, SchemaMigrations schema) {
        this.driver = driver;
        this.rollback = rollback;
        this.audit = audit;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (ImportJournal cutOff : ImportJournal.unfinished(driver)) {
            List<String> kept = rollback.undo(cutOff.id(), "was cut off while applying (the application stopped "
                    + "mid-import)");
            audit.record("system", "import.recovered", cutOff.id(), "rolled back", "the import by " + cutOff.user()
                    + " started " + cutOff.started() + " was cut off (the application stopped mid-import); its "
                    + "committed batches were undone at start-up" + (kept.isEmpty() ? "" : "; kept as changed since: "
                    + kept));
        }
    }
}
