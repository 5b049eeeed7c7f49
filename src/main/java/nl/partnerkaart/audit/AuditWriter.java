package nl.partnerkaart.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores audit entries in the background, many per transaction, so that an audited action does not wait for a
 * write transaction of its own to commit. No entry is dropped silently: the caller has already written the
 * entry's log line; a full queue makes the caller store its entry itself; a batch that cannot be stored after a
 * few tries is stored entry by entry, so one bad entry does not lose the others, and an entry that still cannot be
 * stored is logged as an error; {@link #close()} stores what is queued before the store
 * closes. What a crash (not a shutdown) loses is at most the queue, and it is in the log.
 */
final class AuditWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger("partnerkaart.audit");
    static final int CAPACITY = 10_000;
    private static final int BATCH = 500;
    private static final int TRIES = 3;
    private static final Duration FLUSH_WAIT = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final BlockingQueue<AuditEntry> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final Object progress = new Object();
    private final Thread thread;
    private volatile boolean open = true;

    AuditWriter(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.thread = new Thread(this::drain, "audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    void submit(AuditEntry entry) {
        if (open && queue.offer(entry)) {
            queued.incrementAndGet();
        } else {
            store(List.of(entry));
        }
    }

    /** Waits until every entry submitted before this call is stored (or reported as lost), at most 30 s. */
    void flush() {
        long target = queued.get();
        long deadline = System.nanoTime() + FLUSH_WAIT.toNanos();
        synchronized (progress) {
            while (done.get() < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    log.warn("Audit entries still queued after {} s: {}", FLUSH_WAIT.toSeconds(), target - done.get());
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        open = false;
        flush();
        thread.interrupt();
    }

    private void drain() {
        List<AuditEntry> batch = new ArrayList<>(BATCH);
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, BATCH - 1);
            store(batch);
            done.addAndGet(batch.size());
            batch.clear();
            synchronized (progress) {
                progress.notifyAll();
            }
        }
    }

    /** Stores the entries now, in one transaction when it can. */
    void store(List<AuditEntry> entries) {
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                transaction.executeWithoutResult(status -> entries.forEach(this::insert));
                return;
            } catch (RuntimeException e) {
                if (attempt == TRIES && entries.size() > 1) {
                    log.warn("Could not store {} audit entries together; storing them one by one", entries.size(), e);
                    entries.forEach(entry -> store(List.of(entry)));
                } else if (attempt == TRIES) {
                    log.error("Could not store an audit entry; it is only in this log: {}", entries.get(0), e);
                }
            }
        }
    }

    private void insert(AuditEntry entry) {
        jdbc.sql("""
                        INSERT INTO audit_entry (id, recorded_at, user_name, action, target, outcome, details)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(entry.id(), entry.at().toOffsetDateTime(), entry.user(), entry.action(), entry.target(),
                        entry.outcome(), entry.details())
                .update();
    }
}
