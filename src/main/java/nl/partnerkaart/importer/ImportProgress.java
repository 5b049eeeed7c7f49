package nl.partnerkaart.importer;

import java.util.concurrent.atomic.AtomicLong;

/** How far an import has come, read by another thread while it runs (the import page polls it). */
public final class ImportProgress {

    /** Where an import is; {@code WRITING} counts rows as they are compared and written. */
    public enum Phase { QUEUED, READING, VALIDATING, WRITING, COMMITTING, DONE, FAILED }

    private volatile Phase phase = Phase.QUEUED;
    private volatile long total;
    private final AtomicLong done = new AtomicLong();

    public static ImportProgress ignored() {
        return new ImportProgress();
    }

    void phase(Phase phase) {
        this.phase = phase;
    }

    void total(long total) {
        this.total = total;
    }

    void advance(long rows) {
        done.addAndGet(rows);
    }

    public Phase phase() {
        return phase;
    }

    public long total() {
        return total;
    }

    public long done() {
        return done.get();
    }
}
