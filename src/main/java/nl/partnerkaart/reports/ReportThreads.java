package nl.partnerkaart.reports;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon threads for the report's background work (a stuck report must never keep the JVM from stopping), and
 * waiting for what they compute.
 */
final class ReportThreads {

    private ReportThreads() {
    }

    /** A pool as large as the machine has processors (at least two), whose threads are called {@code name-N}. */
    static ExecutorService pool(String name) {
        return Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), daemons(name));
    }

    /** One daemon thread that runs tasks at a later time, called {@code name-1}. */
    static ScheduledExecutorService scheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(daemons(name));
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The value of work done on another thread; its failure is thrown as it was, not wrapped, so errors map as usual. */
    static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
