package nl.partnerkaart.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.neo4j.driver.Transaction;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change history of one import (HISTORY-SPEC in docs/editing.md): one {@code Change} node per created or
 * updated row (a node with the targets of its reference columns, or a relationship), in the import's own
 * transaction, all with the same {@code batch} and transaction time, written in batches with {@code UNWIND}.
 */
final class ImportHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 10_000;

    private final Transaction tx;
    private final String user;
    private final String comment;
    private final String batch = UUID.randomUUID().toString();
    private final List<Map<String, Object>> pending = new ArrayList<>();
    private final ImportTimings timings;

    ImportHistory(Transaction tx, String user, String comment, ImportTimings timings) {
        this.tx = tx;
        this.timings = timings;
        this.user = user;
        this.comment = comment;
    }

    String batch() {
        return batch;
    }

    /**
     * @param action {@code create}, {@code update} or {@code delete}
     * @param before the item as it was, null on create
     * @param after the item as it is now, null on delete
     */
    void record(String action, String kind, String itemId, Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> change = new HashMap<>();
        change.put("action", action);
        change.put("kind", kind);
        change.put("itemId", itemId);
        change.put("before", json(before));
        change.put("after", json(after));
        pending.add(change);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        timings.time(ImportTimings.Step.HISTORY, () -> tx.run("""
                UNWIND $changes AS change
                CREATE (:Change {id: randomUUID(), at: datetime.transaction(), user: $user, action: change.action,
                                 kind: change.kind, itemId: change.itemId, before: change.before, after: change.after,
                                 comment: $comment, via: 'import', batch: $batch})
                """, Map.of("changes", pending, "user", user, "batch", batch,
                "comment", comment == null ? org.neo4j.driver.Values.NULL : comment)).consume());
        pending.clear();
    }

    /** Sorted keys, so the same item always reads the same. */
    private static String json(Map<String, Object> properties) {
        return properties == null ? null : JSON.writeValueAsString(new TreeMap<>(properties));
    }
}
