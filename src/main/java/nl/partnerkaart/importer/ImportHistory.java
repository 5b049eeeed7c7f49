package nl.partnerkaart.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * The change history of one import (HISTORY-SPEC in docs/editing.md): one {@code Change} node per created or
 * updated row (a node with the targets of its reference columns, or a relationship), committed in the same
 * transaction as the row itself (so {@link ImportRollback} finds every committed row through them), all with the
 * import's id as {@code batch} and the time it began applying as {@code at}, written in batches with {@code UNWIND}.
 */
final class ImportHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 10_000;

    private final ImportTransactions transactions;
    private final ImportJournal run;
    private final String comment;
    private final String via;
    private final List<Map<String, Object>> pending = new ArrayList<>();
    private final ImportTimings timings;

    ImportHistory(ImportTransactions transactions, ImportJournal run, String comment, String via,
                  ImportTimings timings) {
        this.transactions = transactions;
        this.run = run;
        this.comment = comment;
        this.via = via;
        this.timings = timings;
    }

    String batch() {
        return run.id();
    }

    /**
     * @param action {@code create}, {@code update} or {@code delete}
     * @param target the target end of a relationship (found by it from that end), null for a node
     * @param before the item as it was, null on create
     * @param after the item as it is now, null on delete
     */
    void record(String action, String kind, String itemId, String target, Map<String, Object> before,
                Map<String, Object> after) {
        Map<String, Object> change = new HashMap<>();
        change.put("action", action);
        change.put("kind", kind);
        change.put("itemId", itemId);
        change.put("target", target);
        change.put("before", json(before));
        change.put("after", json(after));
        pending.add(change);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /** Writes the pending Changes; before every commit, so each batch commits with its rows' Changes. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        timings.time(ImportTimings.Step.HISTORY, () -> transactions.write("""
                UNWIND $changes AS change
                CREATE (:Change {id: randomUUID(), at: $at, user: $user, action: change.action, kind: change.kind,
                                 itemId: change.itemId, target: change.target, before: change.before,
                                 after: change.after, comment: $comment, via: $via, batch: $batch})
                """, Map.of("changes", pending, "at", run.started(), "user", run.user(), "batch", run.id(), "via", via,
                "comment", comment == null ? org.neo4j.driver.Values.NULL : comment)).consume());
        pending.clear();
    }

    /** Sorted keys, so the same item always reads the same. */
    private static String json(Map<String, Object> properties) {
        return properties == null ? null : JSON.writeValueAsString(new TreeMap<>(properties));
    }

    /** A before- or after-image as {@link #json} wrote it (null stays null); dates come back as text. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> image(String json) {
        return json == null ? null : JSON.readValue(json, Map.class);
    }
}
