package nl.partnerkaart.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.history.ChangeBatch;
import nl.partnerkaart.history.ChangeLog;
import nl.partnerkaart.history.NodeLabels;
import nl.partnerkaart.importer.ImportProblem;
import nl.partnerkaart.importer.RowValidation;
import nl.partnerkaart.model.ItemLayout;
import nl.partnerkaart.security.RegionScope;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Service;

/**
 * Creates, updates and deletes one item: validated as an import row, checked against the caller's regions
 * and the version they read, written with its Change records in one transaction, then audited.
 */
@Service
class ItemEditor {

    /** Who edits, through which channel ({@code form} or {@code api}), and why. */
    record Editor(String user, String via, String comment) {
    }

    private final Driver driver;
    private final ChangeLog changeLog;
    private final RegionScope regions;
    private final AuditLog audit;

    ItemEditor(Driver driver, ChangeLog changeLog, RegionScope regions, AuditLog audit) {
        this.driver = driver;
        this.changeLog = changeLog;
        this.regions = regions;
        this.audit = audit;
    }

    Item read(String kind, String id) {
        ItemLayout.NodeLayout layout = EditableKinds.node(kind);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> new ItemStore(tx, layout).item(id).map(item -> Item.of(kind, id, item))
                    .orElseThrow(() -> new NotFoundException(Message.of("item.notFound", kind, id))));
        }
    }

    Item create(String kind, Map<String, Object> body, Editor editor) {
        ItemLayout.NodeLayout layout = EditableKinds.node(kind);
        ItemInput.rejectUnknown(layout, body);
        Map<String, Object> fields = new HashMap<>(body);
        fields.put("origin", "user");
        String id = ItemInput.cell(body.get("id"));
        Item created = inTransaction(tx -> {
            ItemStore store = new ItemStore(tx, layout);
            NodeLabels.of(tx, id).ifPresent(label -> {
                throw new InvalidItemException("id", "item.idTaken", id, Message.of("label." + label));
            });
            RowValidation.CheckedNode checked = validate(tx, layout, id, ItemInput.cells(layout, Map.of(), fields), body, true);
            regions.requireOwnRegionTies(tx, editor.user(), id, changedTargets(layout, Map.of(), checked.references()));
            ChangeBatch changes = changeLog.begin(tx, editor.user(), editor.via(), editor.comment());
            store.create(id, withoutNulls(checked.properties()));
            store.writeReferences(id, checked.references(), checked.labels(), changes);
            store.deriveName(id);
            Map<String, Object> after = store.properties(id).orElseThrow();
            changes.record("create", kind, id, null, after);
            regions.requireNode(tx, editor.user(), layout.label(), id);
            return Item.of(kind, id, store.item(id).orElseThrow());
        });
        audit.record(editor.user(), "edit.create", kind + "/" + id, "success", editor.comment());
        return created;
    }

    Item update(String kind, String id, Map<String, Object> body, long expectedVersion, Editor editor) {
        ItemLayout.NodeLayout layout = EditableKinds.node(kind);
        ItemInput.rejectUnknown(layout, body);
        if (body.containsKey("id") && !id.equals(ItemInput.cell(body.get("id")))) {
            throw new InvalidItemException("id", "item.idFixed");
        }
        Item updated = inTransaction(tx -> {
            ItemStore store = new ItemStore(tx, layout);
            requireVersion(tx, store, id, expectedVersion);
            regions.requireNode(tx, editor.user(), layout.label(), id);
            Map<String, Object> current = store.item(id).orElseThrow();
            Map<String, Object> before = store.properties(id).orElseThrow();
            boolean renamed = body.containsKey("name") && !Objects.equals(body.get("name"), current.get("name"));
            RowValidation.CheckedNode checked = validate(tx, layout, id, ItemInput.cells(layout, current, body), body, renamed);
            regions.requireOwnRegionTies(tx, editor.user(), id, changedTargets(layout, current, checked.references()));
            ChangeBatch changes = changeLog.begin(tx, editor.user(), editor.via(), editor.comment());
            store.update(id, checked.properties());
            store.writeReferences(id, checked.references(), checked.labels(), changes);
            store.deriveName(id);
            changes.record("update", kind, id, before, store.properties(id).orElseThrow());
            regions.requireNode(tx, editor.user(), layout.label(), id);
            return Item.of(kind, id, store.item(id).orElseThrow());
        });
        audit.record(editor.user(), "edit.update", kind + "/" + id, "success", editor.comment());
        return updated;
    }

    /** @return the batch id of the deletion, which restores it */
    String delete(String kind, String id, long expectedVersion, Editor editor) {
        ItemLayout.NodeLayout layout = EditableKinds.node(kind);
        String batch = inTransaction(tx -> {
            ItemStore store = new ItemStore(tx, layout);
            requireVersion(tx, store, id, expectedVersion);
            regions.requireNode(tx, editor.user(), layout.label(), id);
            List<String> dependants = store.dependants(id);
            if (!dependants.isEmpty()) {
                throw new InvalidItemException("id", "item.inUse", id, dependants);
            }
            ChangeBatch changes = changeLog.begin(tx, editor.user(), editor.via(), editor.comment());
            store.delete(id, store.properties(id).orElseThrow(), changes);
            return changes.id();
        });
        audit.record(editor.user(), "edit.delete", kind + "/" + id, "success", editor.comment());
        return batch;
    }

    private void requireVersion(Transaction tx, ItemStore store, String id, long expected) {
        long current = store.lockVersion(id);
        if (current != expected) {
            throw new VersionConflictException(id, expected, current, changeLog.last(tx, id));
        }
    }

    private RowValidation.CheckedNode validate(Transaction tx, ItemLayout.NodeLayout layout, String id,
                                               Map<String, String> cells, Map<String, Object> body, boolean nameIsNew) {
        RowValidation.CheckedNode checked = RowValidation.node(tx, layout.kind(), cells, "user");
        List<InvalidItemException.FieldError> errors = new ArrayList<>(checked.problems().stream()
                .map(ItemEditor::fieldError).toList());
        if (errors.isEmpty() && layout.label().equals("Partner") && nameIsNew
                && !ItemInput.flag(body, ItemInput.CONFIRM_SIMILAR_NAME)) {
            List<Map<String, String>> similar = SimilarNames.partners(tx, id, cells.get("name"));
            if (!similar.isEmpty()) {
                errors.add(new InvalidItemException.FieldError("name", Message.of("item.similarPartner",
                        similar.stream().map(s -> s.get("name") + " (" + s.get("id") + ")").toList(),
                        ItemInput.CONFIRM_SIMILAR_NAME), ItemInput.CONFIRM_SIMILAR_NAME, similar));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidItemException(errors);
        }
        return checked;
    }

    /** The ids that the item's reference columns gain or lose (a column moved between serves and servesPartially counts). */
    private static Set<String> changedTargets(ItemLayout.NodeLayout layout, Map<String, Object> current,
                                                        Map<String, List<String>> wanted) {
        Set<String> changed = new HashSet<>();
        for (ItemLayout.Link link : layout.links()) {
            Set<String> before = new HashSet<>();
            if (current.get(link.name()) instanceof List<?> list) {
                list.forEach(target -> before.add(String.valueOf(target)));
            }
            Set<String> after = new HashSet<>(wanted.getOrDefault(link.name(), List.of()));
            before.stream().filter(t -> !after.contains(t)).forEach(changed::add);
            after.stream().filter(t -> !before.contains(t)).forEach(changed::add);
        }
        return changed;
    }

    private static InvalidItemException.FieldError fieldError(ImportProblem problem) {
        return InvalidItemException.FieldError.of(problem.column(), problem.message());
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> properties) {
        Map<String, Object> present = new HashMap<>();
        properties.forEach((k, v) -> {
            if (v != null) {
                present.put(k, v);
            }
        });
        return present;
    }

    /** Runs the work in one write transaction and commits it; any exception rolls everything back. */
    <T> T inTransaction(java.util.function.Function<Transaction, T> work) {
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            T result = work.apply(tx);
            tx.commit();
            return result;
        } catch (ClientException e) {
            if (e.code().contains("ConstraintValidationFailed")) {
                throw new InvalidItemException("id", "item.idJustTaken");
            }
            throw e;
        }
    }
}
