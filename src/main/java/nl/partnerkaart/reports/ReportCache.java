package nl.partnerkaart.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The reports built since the knowledge graph last changed. On a national graph a report reads hundreds of
 * thousands of nodes, and many people open the same ones (a board meeting, the national overview, a scheduled
 * run): each is computed once per version of the graph, and people who ask while it is being computed wait for
 * that one computation instead of starting their own. Without a {@link KnowledgeVersion} (an external server)
 * every request is computed.
 */
final class ReportCache {

    private record Key(String report, ReportRequest request) {
    }

    private record Entry(long version, CompletableFuture<Report> report) {
    }

    private final KnowledgeVersion version;
    private final Map<Key, Entry> entries;

    ReportCache(KnowledgeVersion version, int size) {
        this.version = version;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > size;
            }
        };
    }

    Report get(String report, ReportRequest request, Supplier<Report> build) {
        if (version == null) {
            return build.get();
        }
        // Read before building: a change committed while the report is built leaves an entry of the older
        // version, which the next request replaces.
        long current = version.current();
        Key key = new Key(report, request);
        CompletableFuture<Report> mine = new CompletableFuture<>();
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null || entry.version() != current) {
                entry = new Entry(current, mine);
                entries.put(key, entry);
            }
        }
        if (entry.report() == mine) {
            try {
                mine.complete(build.get());
            } catch (RuntimeException e) {
                forget(key, entry);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        return ReportThreads.join(entry.report());
    }

    /** Whether a report is kept, built for the current version of the graph. */
    boolean isCurrent(String report, ReportRequest request) {
        if (version == null) {
            return false;
        }
        long current = version.current();
        synchronized (entries) {
            Entry entry = entries.get(new Key(report, request));
            return entry != null && entry.version() == current && entry.report().isDone()
                    && !entry.report().isCompletedExceptionally();
        }
    }

    private void forget(Key key, Entry entry) {
        synchronized (entries) {
            entries.remove(key, entry);
        }
    }
}
