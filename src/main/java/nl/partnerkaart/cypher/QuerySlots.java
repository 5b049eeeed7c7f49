package nl.partnerkaart.cypher;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import nl.partnerkaart.system.Message;
import org.springframework.stereotype.Component;

/**
 * How many workbench queries run at once: at most {@code max-concurrent-queries} in all and
 * {@code max-concurrent-queries-per-user} per account. A query over a limit is answered at once ("busy", with when
 * to try again) instead of holding an HTTP thread in a queue. A slot is given back when the query's connection is,
 * not when its answer is sent: a query the application gave up on keeps its slot while the database still holds
 * its connection, so abandoned queries can never add up beyond the workbench's pool.
 */
@Component
class QuerySlots {

    private final Semaphore all;
    private final int perUser;
    private final Duration retryAfter;
    private final ConcurrentHashMap<String, Integer> running = new ConcurrentHashMap<>();

    QuerySlots(CypherProperties properties) {
        this.all = new Semaphore(properties.maxConcurrentQueries());
        this.perUser = properties.maxConcurrentQueriesPerUser();
        // The longest a running query can still take before the application gives up on it.
        this.retryAfter = properties.timeout().plus(properties.timeoutMargin());
    }

    /** A slot for one query of this user, or {@link WorkbenchBusyException} when a limit is reached. */
    Slot take(String user) {
        boolean[] taken = {false};
        running.compute(user, (name, count) -> {
            int now = count == null ? 0 : count;
            taken[0] = now < perUser;
            return taken[0] ? now + 1 : count;
        });
        if (!taken[0]) {
            throw new WorkbenchBusyException(false, Message.of("workbench.tooManyQueries", perUser), retryAfter);
        }
        if (!all.tryAcquire()) {
            release(user);
            throw new WorkbenchBusyException(true, Message.of("workbench.busy"), retryAfter);
        }
        return new Slot(user);
    }

    private void release(String user) {
        running.computeIfPresent(user, (name, count) -> count <= 1 ? null : count - 1);
    }

    /** One taken slot; giving it back more than once gives it back once. */
    final class Slot {

        private final String user;
        private boolean returned;

        private Slot(String user) {
            this.user = user;
        }

        synchronized void giveBack() {
            if (!returned) {
                returned = true;
                release(user);
                all.release();
            }
        }
    }
}
