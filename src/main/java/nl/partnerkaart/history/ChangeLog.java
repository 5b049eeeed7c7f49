package nl.partnerkaart.history;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import nl.partnerkaart.database.SchemaMigrations;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Starts the record of one transaction's changes; every writer of the knowledge base goes through a {@link ChangeBatch}. */
@Service
public class ChangeLog {

    public static final String VIA_FORM = "form";
    public static final String VIA_API = "api";

    /** Who last changed an item, and when: what a conflict message tells the user. */
    public record LastChange(String user, ZonedDateTime at, String action) {
    }

    private final JsonMapper json;

    ChangeLog(JsonMapper json, SchemaMigrations schema) {
        this.json = json;
    }

    /** @param comment why, as the user gave it; may be null */
    public ChangeBatch begin(Transaction tx, String user, String via, String comment) {
        return new ChangeBatch(tx, json, UUID.randomUUID().toString(), user, via, blankToNull(comment));
    }

    public Optional<LastChange> last(Transaction tx, String itemId) {
        return tx.run("""
                        MATCH (c:Change {itemId: $itemId})
                        RETURN c.user AS user, c.at AS at, c.action AS action ORDER BY c.at DESC LIMIT 1
                        """, Values.parameters("itemId", itemId)).list().stream().findFirst()
                .map(r -> new LastChange(r.get("user").asString(null), r.get("at").asZonedDateTime(),
                        r.get("action").asString()));
    }

    /** The browser's screens send X-Requested-With (api.js), scripts do not: that tells a form from the API. */
    public static String via(HttpServletRequest request) {
        return "XMLHttpRequest".equals(request.getHeader("X-Requested-With")) ? VIA_FORM : VIA_API;
    }

    /** The itemId of a relationship in the Change records: {@code sourceId|TYPE|targetId}. */
    public static String relationshipId(String from, String type, String to) {
        return from + "|" + type + "|" + to;
    }

    /**
     * The target end of a relationship's itemId, kept as {@code target} on its Changes so the relationships of an
     * item are found from either end by an index; null for a node.
     */
    static String targetOf(String itemId) {
        String[] parts = itemId.split("\\|", 3);
        return parts.length == 3 ? parts[2] : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
