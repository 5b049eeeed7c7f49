package nl.partnerkaart.history;

import java.util.List;
import java.util.Map;

import nl.partnerkaart.database.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Reads Change records: of one item (the node and its relationships) or of the whole knowledge base, newest first. */
@Service
public class History {

    /** @param hasMore there are older entries beyond this page */
    public record Page(List<ChangeEntry> entries, int offset, int limit, boolean hasMore) {
    }

    /** A delete of a node is restorable while it is the item's latest Change. */
    private static final String RETURN_ENTRY = """
            RETURN c, c.action = 'delete' AND NOT c.itemId CONTAINS '|'
                      AND NOT EXISTS { MATCH (later:Change {itemId: c.itemId}) WHERE later.at > c.at } AS restorable
            ORDER BY c.at DESC, c.itemId SKIP $offset LIMIT $limit
            """;

    private final Driver driver;
    private final JsonMapper json;

    History(Driver driver, JsonMapper json, SchemaMigrations schema) {
        this.driver = driver;
        this.json = json;
    }

    /** The item's own Changes and those of every relationship it is an end of. */
    public Page ofItem(String itemId, int offset, int limit) {
        return page("""
                CALL {
                  MATCH (c:Change) WHERE c.itemId = $item RETURN c
                  UNION
                  MATCH (c:Change) WHERE c.itemId STARTS WITH $item + '|' RETURN c
                  UNION
                  MATCH (c:Change) WHERE c.target = $item RETURN c
                }
                """ + RETURN_ENTRY, Map.of("item", itemId), offset, limit);
    }

    /**
     * Recent Changes, optionally of one kind, action or user.
     *
     * @param nodesOnly leave out relationship Changes (e.g. to list deleted items)
     */
    public Page recent(String kind, String action, String user, boolean nodesOnly, int offset, int limit) {
        return page("""
                MATCH (c:Change)
                WHERE c.at IS NOT NULL AND ($kind IS NULL OR c.kind = $kind) AND ($action IS NULL OR c.action = $action)
                  AND ($user IS NULL OR c.user = $user) AND (NOT $nodesOnly OR NOT c.itemId CONTAINS '|')
                """ + RETURN_ENTRY, Map.of("kind", nullable(kind), "action", nullable(action), "user", nullable(user),
                "nodesOnly", nodesOnly), offset, limit);
    }

    private Page page(String query, Map<String, Object> parameters, int offset, int limit) {
        Map<String, Object> all = new java.util.HashMap<>(parameters);
        all.put("offset", offset);
        all.put("limit", limit + 1);
        try (var session = driver.session()) {
            List<ChangeEntry> entries = session.executeRead(tx -> tx.run(query, all).list(this::entry));
            boolean hasMore = entries.size() > limit;
            return new Page(hasMore ? entries.subList(0, limit) : entries, offset, limit, hasMore);
        }
    }

    private ChangeEntry entry(Record row) {
        Value c = row.get("c");
        Map<String, Object> before = parse(c.get("before").asString(null));
        Map<String, Object> after = parse(c.get("after").asString(null));
        return new ChangeEntry(c.get("id").asString(), c.get("at").asZonedDateTime().toOffsetDateTime().toString(),
                c.get("user").asString(null), c.get("action").asString(), c.get("kind").asString(null),
                c.get("itemId").asString(), before, after, c.get("comment").asString(null), c.get("via").asString(null),
                c.get("batch").asString(null), ChangeEntry.differences(before, after), row.get("restorable").asBoolean());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> parse(String text) {
        return text == null ? null : json.readValue(text, Map.class);
    }

    private static Object nullable(String value) {
        return value == null || value.isBlank() ? Values.NULL : value;
    }
}
