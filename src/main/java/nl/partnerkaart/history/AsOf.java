package nl.partnerkaart.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * An item as it stood at the end of an earlier day: its properties and its covenant parties and network
 * memberships (PARTY_TO, MEMBER_OF). The rule: for each of them, the first Change after that day holds in
 * {@code before} what was true then; without a later Change, today's state was already true. For a covenant
 * it also says whether it was in force that day (status not draft, terminated or unknown, and the date within
 * validFrom..validUntil). Days end at midnight in the Netherlands.
 */
@Service
class AsOf {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final List<String> TYPES = List.of("PARTY_TO", "MEMBER_OF");

    record RelationshipState(String from, String type, String to, Map<String, Object> properties) {
    }

    /** @param inForce for a covenant, whether it was in force on the date; null for other kinds */
    record State(String item, LocalDate date, boolean existed, Map<String, Object> properties, Boolean inForce,
                 List<RelationshipState> relationships) {
    }

    private final Driver driver;
    private final History history;

    AsOf(Driver driver, History history) {
        this.driver = driver;
        this.history = history;
    }

    State of(String item, LocalDate date) {
        ZonedDateTime end = date.plusDays(1).atStartOfDay(NETHERLANDS);
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                Optional<String> label = NodeLabels.of(tx, item);
                String kind = label.isPresent() ? null : kindInHistory(tx, item)
                        .orElseThrow(() -> new NotFoundException(Message.of("history.itemNotFound", item)));
                var firstLater = tx.run("""
                        MATCH (c:Change {itemId: $itemId}) WHERE c.at >= $end
                        RETURN c.before AS before ORDER BY c.at ASC LIMIT 1
                        """, Map.of("itemId", item, "end", end)).list();
                Map<String, Object> properties = !firstLater.isEmpty()
                        ? history.parse(firstLater.get(0).get("before").asString(null))
                        : label.map(l -> current(tx, l, item)).orElse(null);
                List<RelationshipState> relationships = properties == null ? List.of() : relationships(tx, label, item, end);
                boolean covenant = label.map("Covenant"::equals).orElseGet(() -> "covenants".equals(kind));
                Boolean inForce = covenant ? properties != null && inForce(properties, date) : null;
                return new State(item, date, properties != null, properties, inForce, relationships);
            });
        }
    }

    private static Optional<String> kindInHistory(SimpleQueryRunner tx, String itemId) {
        return tx.run("MATCH (c:Change {itemId: $itemId}) RETURN c.kind AS kind LIMIT 1", Map.of("itemId", itemId))
                .list().stream().findFirst().map(r -> r.get("kind").asString());
    }

    private static Map<String, Object> current(SimpleQueryRunner tx, String label, String id) {
        return tx.run("MATCH (n:`" + label + "` {id: $id}) RETURN properties(n) AS props", Map.of("id", id))
                .single().get("props").asMap(Value::asObject);
    }

    private List<RelationshipState> relationships(SimpleQueryRunner tx, Optional<String> label, String item, ZonedDateTime end) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        label.ifPresent(l -> tx.run("MATCH (n:`" + l + "` {id: $id})-[r:PARTY_TO|MEMBER_OF]-() "
                        + "RETURN startNode(r).id + '|' + type(r) + '|' + endNode(r).id AS itemId, properties(r) AS props",
                Map.of("id", item)).forEachRemaining(r -> state.put(r.get("itemId").asString(),
                r.get("props").asMap(Value::asObject))));
        tx.run("""
                CALL {
                  MATCH (c:Change) WHERE c.itemId STARTS WITH $item + '|' RETURN c
                  UNION
                  MATCH (c:Change) WHERE c.target = $item RETURN c
                }
                WITH c WHERE c.at >= $end AND split(c.itemId, '|')[1] IN $types
                WITH c.itemId AS itemId, c ORDER BY c.at ASC
                RETURN itemId, head(collect(c.before)) AS before
                """, Map.of("item", item, "end", end, "types", TYPES)).forEachRemaining(r -> {
            Map<String, Object> before = history.parse(r.get("before").asString(null));
            if (before == null) {
                state.remove(r.get("itemId").asString());
            } else {
                state.put(r.get("itemId").asString(), before);
            }
        });
        List<RelationshipState> relationships = new ArrayList<>();
        state.forEach((itemId, props) -> {
            String[] parts = itemId.split("\\|", 3);
            relationships.add(new RelationshipState(parts[0], parts[1], parts[2], props));
        });
        return relationships;
    }

    private static boolean inForce(Map<String, Object> covenant, LocalDate date) {
        Object status = covenant.get("status");
        if ("draft".equals(status) || "terminated".equals(status) || "unknown".equals(status)) {
            return false;
        }
        Optional<LocalDate> from = date(covenant.get("validFrom")).or(() -> date(covenant.get("signedOn")));
        Optional<LocalDate> until = date(covenant.get("validUntil"));
        return from.map(f -> !date.isBefore(f)).orElse(true) && until.map(u -> !date.isAfter(u)).orElse(true);
    }

    private static Optional<LocalDate> date(Object value) {
        return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value.toString()));
    }
}
