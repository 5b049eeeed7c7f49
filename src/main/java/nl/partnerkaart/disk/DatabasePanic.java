package nl.partnerkaart.disk;

import java.util.Optional;

import nl.partnerkaart.database.EmbeddedDatabase;
import nl.partnerkaart.system.Message;
import org.neo4j.monitoring.DatabaseHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether the embedded database has panicked. After a panic Neo4j refuses every transaction until a restart, yet
 * Bolt still accepts connections, so without asking Neo4j itself every request failed with a bare 500 while health
 * said UP. With an external database there is nothing to ask here (its server reports its own health).
 */
@Component
public class DatabasePanic {

    private static final Logger log = LoggerFactory.getLogger(DatabasePanic.class);

    private final ObjectProvider<EmbeddedDatabase> embedded;
    private volatile boolean reported;

    DatabasePanic(ObjectProvider<EmbeddedDatabase> embedded) {
        this.embedded = embedded;
    }

    /** The cause of the panic, if the database has panicked; logged once, the first time it is seen. */
    public Optional<Throwable> cause() {
        EmbeddedDatabase database = embedded.getIfAvailable();
        if (database == null) {
            return Optional.empty();
        }
        DatabaseHealth health = database.databaseHealth();
        if (health.hasNoPanic()) {
            return Optional.empty();
        }
        Throwable cause = health.causeOfPanic();
        if (!reported) {
            reported = true;
            log.error("The database stopped after a critical error and refuses all work until Partnerkaart is "
                    + "restarted: {}", rootMessage(cause), cause);
        }
        return Optional.of(cause);
    }

    /** What a person reads: what happened, why, and what to do. */
    static Message message(Throwable cause) {
        return Message.of("disk.panic", rootMessage(cause));
    }

    /** The error itself, as the database gave it. */
    static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == cause ? text : cause.getMessage() + " (" + text + ")";
    }
}
