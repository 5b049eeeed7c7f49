package nl.partnerkaart.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.model.ItemLayout;
import nl.partnerkaart.model.Kinds;
import nl.partnerkaart.security.RegionScope;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.stereotype.Service;

/**
 * Undoes a delete: recreates the node from the properties its delete Change recorded and the relationships
 * deleted with it (those whose other end still exists), all in one transaction with 'restore' Changes.
 */
@Service
class Restorer {

    /** @param skipped relationships not recreated because their other end no longer exists */
    record Restored(String kind, String id, String batch, int relationships, List<String> skipped) {
    }

    private final Driver driver;
    private final ChangeLog changeLog;
    private final History history;
    private final RegionScope regions;
    private final AuditLog audit;

    Restorer(Driver driver, ChangeLog changeLog, History history, RegionScope regions, AuditLog audit) {
        this.driver = driver;
        this.changeLog = changeLog;
        this.history = history;
        this.regions = regions;
        this.audit = audit;
    }

    Restored restore(String changeId, String user, String via, String comment) {
        Restored restored;
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            restored = restore(tx, changeId, user, via, comment);
            tx.commit();
        }
        audit.record(user, "edit.restore", restored.kind() + "/" + restored.id(), "success", comment);
        return restored;
    }

    private Restored restore(Transaction tx, String changeId, String user, String via, String comment) {
        Record change = tx.run("MATCH (c:Change {id: $id}) RETURN c.itemId AS itemId, c.kind AS kind, c.action AS action, "
                        + "c.before AS before, c.batch AS batch, c.at AS at", Map.of("id", changeId)).list().stream()
                .findFirst().orElseThrow(() -> new NotFoundException(Message.of("history.changeNotFound", changeId)));
        String id = change.get("itemId").asString();
        ItemLayout.NodeLayout layout = ItemLayout.node(change.get("kind").asString()).orElse(null);
        if (!"delete".equals(change.get("action").asString()) || id.contains("|") || layout == null) {
            throw new InvalidInputException("change", Message.of("history.onlyDeletes"));
        }
        boolean changedSince = !tx.run("MATCH (c:Change {itemId: $id}) WHERE c.at > $at RETURN c LIMIT 1",
                Map.of("id", id, "at", change.get("at"))).list().isEmpty();
        if (changedSince || NodeLabels.of(tx, id).isPresent()) {
            throw new InvalidInputException("change", Message.of("history.changedSince", id));
        }
        ChangeBatch changes = changeLog.begin(tx, user, via, comment);
        Map<String, Object> properties = ItemLayout.typed(layout.fields(), history.parse(change.get("before").asString()));
        properties.remove("id");
        long version = properties.get("version") instanceof Number n ? n.longValue() + 1 : 1;
        properties.put("version", version);
        tx.run("CREATE (n:`" + layout.label() + "` {id: $id}) SET n += $props",
                Map.of("id", id, "props", properties)).consume();
        Map<String, Object> after = new HashMap<>(properties);
        after.put("id", id);
        changes.record("restore", layout.kind(), id, null, after);
        int recreated = 0;
        List<String> skipped = new ArrayList<>();
        for (Record deleted : tx.run("""
                MATCH (c:Change {batch: $batch, action: 'delete'})
                WHERE c.itemId STARTS WITH $id + '|' OR c.target = $id
                RETURN c.itemId AS itemId, c.kind AS kind, c.before AS before
                """, Map.of("batch", change.get("batch").asString(), "id", id)).list()) {
            String relationshipId = deleted.get("itemId").asString();
            if (recreate(tx, relationshipId, history.parse(deleted.get("before").asString()))) {
                changes.record("restore", deleted.get("kind").asString(), relationshipId, null,
                        history.parse(deleted.get("before").asString()));
                recreated++;
            } else {
                skipped.add(relationshipId);
            }
        }
        regions.requireNode(tx, user, layout.label(), id);
        return new Restored(layout.kind(), id, changes.id(), recreated, skipped);
    }

    private static boolean recreate(Transaction tx, String relationshipId, Map<String, Object> properties) {
        String[] parts = relationshipId.split("\\|", 3);
        if (parts.length != 3 || !Kinds.RELATIONSHIP_TYPES.contains(parts[1])) {
            return false;
        }
        Optional<String> fromLabel = NodeLabels.of(tx, parts[0]);
        Optional<String> toLabel = NodeLabels.of(tx, parts[2]);
        if (fromLabel.isEmpty() || toLabel.isEmpty()) {
            return false;
        }
        // Labels and the type come from the fixed lists of the graph model, checked above.
        tx.run("MATCH (a:`" + fromLabel.get() + "` {id: $from}) MATCH (b:`" + toLabel.get() + "` {id: $to}) "
                        + "MERGE (a)-[r:`" + parts[1] + "`]->(b) SET r = $props",
                Map.of("from", parts[0], "to", parts[2], "props", properties == null ? Map.of() : properties)).consume();
        return true;
    }
}
