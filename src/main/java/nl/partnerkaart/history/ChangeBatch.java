package nl.partnerkaart.history;

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

    private String toJson(Map<String, Object> properties) {
        // Sorted, so the same properties always give the same text.
        return properties == null ? null : json.writeValueAsString(new TreeMap<>(properties));
    }
}
