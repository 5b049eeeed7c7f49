package nl.partnerkaart.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.history.ChangeBatch;
import nl.partnerkaart.history.ChangeLog;
import nl.partnerkaart.importer.RowValidation;
import nl.partnerkaart.model.ItemLayout;
import nl.partnerkaart.security.RegionScope;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Adds, changes and removes one relationship with properties of its own (covenant parties, network
 * memberships), validated as a row of its relationship kind in the import layout.
 */
@Service
class RelationshipEditor {

    /** One relationship as the API shows it: its two ends in the kind's column names, and its properties. */
    record Relationship(String kind, String from, String to, Map<String, Object> properties) {
    }

    /** A party that joined a shared item without owning it (security.RegionScope#requireTie). */
    private static final String JOINED = "joined";

    private final ItemEditor items;
    private final ChangeLog changeLog;
    private final RegionScope regions;
    private final AuditLog audit;

    RelationshipEditor(ItemEditor items, ChangeLog changeLog, RegionScope regions, AuditLog audit) {
        this.items = items;
        this.changeLog = changeLog;
        this.regions = regions;
        this.audit = audit;
    }

    /** Creates the relationship, or updates the properties of the one that exists between the same ends. */
    Relationship put(String kind, Map<String, Object> body, ItemEditor.Editor editor) {
        ItemLayout.RelationshipLayout layout = EditableKinds.relationship(kind);
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(layout.fromField(), ItemInput.cell(body.get(layout.fromField())));
        cells.put(layout.toField(), ItemInput.cell(body.get(layout.toField())));
        layout.fields().forEach(f -> cells.put(f.name(), ItemInput.cell(body.get(f.name()))));
        cells.put("origin", "user");
        List<String> accepted = List.copyOf(cells.keySet());
        body.keySet().stream().filter(k -> !accepted.contains(k) && !k.equals(ItemInput.COMMENT)).findFirst()
                .ifPresent(k -> {
                    throw new InvalidItemException(k, "item.unknownField", kind, accepted);
                });
        String from = cells.get(layout.fromField());
        String to = cells.get(layout.toField());
        Relationship saved = items.inTransaction(tx -> {
            RowValidation.CheckedRelationship checked = RowValidation.relationship(tx, kind, cells, "user");
            if (!checked.problems().isEmpty()) {
                throw new InvalidItemException(checked.problems().stream()
                        .map(p -> InvalidItemException.FieldError.of(p.column(), p.message())).toList());
            }
            String match = "MATCH (a:`" + checked.fromLabel() + "` {id: $from}) MATCH (b:`" + checked.toLabel()
                    + "` {id: $to}) ";
            Optional<Map<String, Object>> before = properties(tx, match, layout, from, to);
            Map<String, Object> props = new LinkedHashMap<>(checked.properties());
            boolean joined = regions.requireTie(tx, editor.user(), checked.fromLabel(), from, checked.toLabel(), to,
                    before.map(RelationshipEditor::joined).orElse(null), (Boolean) props.get(JOINED));
            props.put(JOINED, joined ? true : null);
            before.map(b -> b.get("origin")).ifPresent(origin -> props.put("origin", origin));
            tx.run(match + "MERGE (a)-[r:`" + layout.type() + "`]->(b) SET r += $props",
                    Map.of("from", from, "to", to, "props", props)).consume();
            Map<String, Object> after = properties(tx, match, layout, from, to).orElseThrow();
            ChangeBatch changes = changeLog.begin(tx, editor.user(), editor.via(), editor.comment());
            changes.record(before.isPresent() ? "update" : "create", kind,
                    ChangeLog.relationshipId(from, layout.type(), to), before.orElse(null), after);
            return new Relationship(kind, from, to, after);
        });
        audit.record(editor.user(), "edit.relationship", kind + "/" + from + "->" + to, "success", editor.comment());
        return saved;
    }

    void remove(String kind, String from, String to, ItemEditor.Editor editor) {
        ItemLayout.RelationshipLayout layout = EditableKinds.relationship(kind);
        items.inTransaction(tx -> {
            String match = "CALL { " + layout.fromLabels().stream().map(l -> "MATCH (a:`" + l + "` {id: $from}) RETURN a")
                    .collect(java.util.stream.Collectors.joining(" UNION ")) + " } MATCH (a)-[r:`" + layout.type()
                    + "`]->(b:`" + layout.toLabels().get(0) + "` {id: $to}) ";
            var found = tx.run(match + "RETURN labels(a)[0] AS fromLabel, labels(b)[0] AS toLabel, properties(r) AS props",
                    Map.of("from", from, "to", to)).list();
            if (found.isEmpty()) {
                throw new NotFoundException(Message.of("item.relationshipNotFound", kind, from, to));
            }
            var row = found.get(0);
            regions.requireTie(tx, editor.user(), row.get("fromLabel").asString(), from, row.get("toLabel").asString(),
                    to, joined(row.get("props").asMap(Value::asObject)), null);
            tx.run(match + "DELETE r", Map.of("from", from, "to", to)).consume();
            changeLog.begin(tx, editor.user(), editor.via(), editor.comment()).record("delete", kind,
                    ChangeLog.relationshipId(from, layout.type(), to), row.get("props").asMap(Value::asObject), null);
            return null;
        });
        audit.record(editor.user(), "edit.relationship.remove", kind + "/" + from + "->" + to, "success",
                editor.comment());
    }

    private static boolean joined(Map<String, Object> tie) {
        return Boolean.TRUE.equals(tie.get(JOINED));
    }

    private static Optional<Map<String, Object>> properties(Transaction tx, String match,
                                                           ItemLayout.RelationshipLayout layout, String from, String to) {
        return tx.run(match + "MATCH (a)-[r:`" + layout.type() + "`]->(b) RETURN properties(r) AS props",
                Map.of("from", from, "to", to)).list().stream().findFirst().map(r -> r.get("props").asMap(Value::asObject));
    }
}
