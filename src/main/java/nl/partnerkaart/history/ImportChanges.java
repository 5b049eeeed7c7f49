package nl.partnerkaart.history;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Values;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change history of one import (HISTORY-SPEC in docs/editing.md): one {@code Change} node per created or
 * updated row (a node with the targets of its reference columns, or a relationship), committed in the same
 * transaction as the row itself (so {@link ChangeReversal} finds every committed row through them), all with the
 * import's id as {@code batch} and the time it began applying as {@code at}, written in batches with {@code UNWIND}.
 */
public final class ImportChanges {

    /** Runs one writing statement in the import's current transaction (the import times it and commits it). */
    @FunctionalInterface
    public interface Writer {
        void write(String query, Map<String, Object> parameters);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 10_000;

    private final Writer writer;
    private final String batch;
    private final ZonedDateTime at;
    private final String user;
    private final String comment;
    private final String via;
    private final List<Map<String, Object>> pending = new ArrayList<>();

    /**
     * @param batch the import's id, shared by all its Changes
     * @param at when the import began applying
     */
    public ImportChanges(Writer writer, String batch, ZonedDateTime at, String user, String comment, String via) {
        this.writer = writer;
        this.batch = batch;
        this.at = at;
        this.user = user;
        this.comment = comment;
        this.via = via;
    }

    public String batch() {
        return batch;
    }

    /**
     * @param action {@code create}, {@code update} or {@code delete}
     * @param target the target end of a relationship (found by it from that end), null for a node
     * @param before the item as it was, null on create
     * @param after the item as it is now, null on delete
     */
    public void record(String action, String kind, String itemId, String target, Map<String, Object> before,
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
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        writer.write("""
                UNWIND $changes AS change
                CREATE (:Change {id: randomUUID(), at: $at, user: $user, action: change.action, kind: change.kind,
                                 itemId: change.itemId, target: change.target, before: change.before,
                                 after: change.after, comment: $comment, via: $via, batch: $batch})
                """, Map.of("changes", pending, "at", at, "user", user, "batch", batch, "via", via,
                "comment", comment == null ? Values.NULL : comment));
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
