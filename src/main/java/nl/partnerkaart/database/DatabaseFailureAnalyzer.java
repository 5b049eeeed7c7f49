package nl.partnerkaart.database;

import ac.simons.neo4j.migrations.core.MigrationsException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** Turns the database start-up failures a user can fix into a clear message instead of a stack trace. */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataDirectoryInUseException inUse) {
                return new FailureAnalysis(
                        "The data directory " + inUse.dataDirectory() + " is already open in another process.",
                        "Stop the other Partnerkaart (or Neo4j) that uses it, or start this one on another "
                                + "directory with partnerkaart.embedded.data-directory.",
                        inUse);
            }
            if (t instanceof MigrationsException migrations) {
                return new FailureAnalysis(
                        "The database schema cannot be brought up to date: " + migrations.getMessage(),
                        "A migration that was already applied must never change. Restore the original file in "
                                + "cypher/migrations and put the change in a new migration with a higher version.",
                        migrations);
            }
        }
        return null;
    }
}
