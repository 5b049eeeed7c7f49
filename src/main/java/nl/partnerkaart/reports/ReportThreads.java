package nl.partnerkaart.reports;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads for the report's background work: a stuck report must never keep the JVM from stopping. */
final class ReportThreads {

    private ReportThreads() {
    }

    /** A pool as large as the machine has processors (at least two), whose threads are called {@code name-N}. */
    static ExecutorService pool(String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
