package nl.partnerkaart.disk;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import nl.partnerkaart.system.Message;
import org.springframework.stereotype.Component;

/**
 * The gate every change to the graph passes (each write request, and imports, which run on a thread of their own),
 * so that a backup can hold the graph still while it reads it. Neo4j Community has no online backup, and one read
 * transaction sees each statement's own moment, not one snapshot: holding the writes briefly is what makes a
 * logical copy consistent. Many writes pass at once; a backup waits until those under way are done, and writes that
 * come meanwhile wait until it has read the graph (the lock is fair, so a backup is not starved by a stream of
 * writes). Writes made outside the application (a Bolt client) do not pass this gate.
 */
@Component
public class WriteGate {

    /** How long a write waits for a backup to finish reading, before it is refused (503) as busy. */
    static final Duration WRITE_WAIT = Duration.ofMinutes(2);

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    /** Runs a change to the graph, waiting while a backup holds the gate. */
    public <T> T pass(Supplier<T> write) {
        return under(lock.readLock(), WRITE_WAIT, write, Message.of("disk.backupReading"));
    }

    /** Runs {@code read} while no change to the graph is under way or can start. */
    public <T> T hold(Duration wait, Supplier<T> read) {
        return under(lock.writeLock(), wait, read, Message.of("disk.changesUnderWay", wait.toSeconds()));
    }

    private static <T> T under(Lock lock, Duration wait, Supplier<T> work, Message busy) {
        try {
            if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new GateBusyException(busy);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GateBusyException(busy);
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** The gate stayed closed longer than one may wait (answered as 503). */
    public static class GateBusyException extends RuntimeException {

        private final Message message;

        GateBusyException(Message message) {
            super(message.toString());
            this.message = message;
        }

        public Message message() {
            return message;
        }
    }
}
