package nl.partnerkaart.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.neo4j.driver.Transaction;
import org.neo4j.driver.Values;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Change records of one transaction: all share {@code batch}, {@code at} (the transaction's clock),
 * user, comment and channel. Written through the caller's transaction, so they commit or roll back with the change.
 */
public final class ChangeBatch {

    private final Transaction tx;
    private final JsonMapper json;
    private final String id;
    private final String user;
    private final String via;
    private final String comment;

    ChangeBatch(Transaction tx, JsonMapper json, String id, String user, String via, String comment) {
        this.tx = tx;
        this.json = json;
        this.id = id;
        this.user = user;
        this.via = via;
        this.comment = comment;
    }

    public String id() {
        return id;
    }

    /**
     * @param before the item's properties before (null on create)
     * @param after the item's properties after (null on delete)
     */
    public void record(String action, String kind, String itemId, Map<String, Object> before, Map<String, Object> after) {
        tx.run("""
                CREATE (:Change {id: $id, at: datetime.transaction(), user: $user, action: $action, kind: $kind,
                                 itemId: $itemId, target: $target, before: $before, after: $after, comment: $comment,
                                 via: $via, batch: $batch})
                """, Values.parameters("id", UUID.randomUUID().toString(), "user", user, "action", action,
                "kind", kind, "itemId", itemId, "target", ChangeLog.targetOf(itemId), "before", toJson(before),
                "after", toJson(after),
                "comment", comment, "via", via, "batch", id)).consume();
    }

    /** An item removed in bulk: a node ({@code itemId} its id) or a relationship ({@code from|TYPE|to}). */
    public record Removed(String kind, String itemId, Map<String, Object> before) {
    }

    /** The deletes of many items in one statement: a bulk removal records thousands of items. */
    public void recordDeletes(List<Removed> removed) {
        List<Map<String, Object>> rows = removed.stream().map(item -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", UUID.randomUUID().toString());
            row.put("kind", item.kind());
            row.put("itemId", item.itemId());
            row.put("target", ChangeLog.targetOf(item.itemId()));
            row.put("before", toJson(item.before()));
            return row;
        }).toList();
        tx.run("""
                UNWIND $rows AS row
                CREATE (:Change {id: row.id, at: datetime.transaction(), user: $user, action: 'delete', kind: row.kind,
                                 itemId: row.itemId, target: row.target, before: row.before, comment: $comment,
                                 via: $via, batch: $batch})
                """, Values.parameters("rows", rows, "user", user, "comment", comment, "via", via, "batch", id))
                .consume();
    }

    private String toJson(Map<String, Object> properties) {
        // Sorted, so the same properties always give the same text.
        return properties == null ? null : json.writeValueAsString(new TreeMap<>(properties));
    }
}
