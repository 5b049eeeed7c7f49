package nl.partnerkaart.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.partnerkaart.history.ChangeBatch;
import nl.partnerkaart.history.ChangeLog;
import nl.partnerkaart.history.PeopleEdits;
import nl.partnerkaart.importer.HeldRow;
import nl.partnerkaart.importer.RawTable;
import nl.partnerkaart.model.ItemLayout;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.Problems;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The public facts a newer reference version no longer holds. A withdrawn node goes, with its relationships and
 * with history, when nothing but other public facts touch it; one that people changed, or that their own items or
 * the examples rest on, stays and is held for an editor, because removing it would take their work with it.
 */
@Component
class ReferenceWithdrawal {

    /** @param held the withdrawn nodes that stay until an editor decides; their reference side is null */
    record Result(int removed, List<HeldRow> held) {
    }

    /** Public nodes people created themselves were never the reference's to withdraw. */
    private static final String CREATED_BY_PEOPLE = """
            EXISTS { MATCH (c:Change {itemId: n.id}) WHERE c.action IN ['create', 'restore'] AND NOT c.via IN $shipped }""";
    /** Relationships of others, or to items of others: what a removal would take with it. */
    private static final String RESTED_ON = """
            EXISTS { (n)-[r]-(m) WHERE coalesce(r.origin, '') <> 'public' OR coalesce(m.origin, '') <> 'public' }""";

    private final Driver driver;
    private final ChangeLog changeLog;

    ReferenceWithdrawal(Driver driver, ChangeLog changeLog) {
        this.driver = driver;
        this.changeLog = changeLog;
    }

    /** Compares the knowledge base's public nodes with the ids of the shipped tables, in one transaction. */
    Result apply(List<RawTable> shipped, String user) {
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            PeopleEdits peopleEdits = new PeopleEdits(() -> tx);
            List<String> removable = new ArrayList<>();
            List<HeldRow> held = new ArrayList<>();
            for (Record r : tx.run("MATCH (n) WHERE n.origin = 'public' AND any(l IN labels(n) WHERE l IN $labels) "
                    + "AND NOT n.id IN $ids AND NOT " + CREATED_BY_PEOPLE + " RETURN labels(n)[0] AS label, n.id AS id, "
                    + "properties(n) AS props, " + RESTED_ON + " AS restedOn", Map.of("labels", labels(shipped),
                    "ids", nodeIds(shipped), "shipped", List.of(PeopleEdits.VIA_REFERENCE, PeopleEdits.VIA_EXAMPLES)))
                    .list()) {
                String id = r.get("id").asString();
                if (r.get("restedOn").asBoolean() || peopleEdits.changed(id)) {
                    held.add(new HeldRow(RemovedItems.node(r).kind(), id, RemovedItems.properties(r), null));
                } else {
                    removable.add(id);
                }
            }
            remove(tx, removable, user, PeopleEdits.VIA_REFERENCE);
            tx.commit();
            return new Result(removable.size(), held);
        }
    }

    /** An editor takes the reference's side of a withdrawn node: it goes, unless others' items still rest on it. */
    void removeWithdrawn(String id, String user) {
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            List<Record> node = tx.run("MATCH (n {id: $id}) WHERE n.origin = 'public' RETURN " + RESTED_ON
                    + " AS restedOn", Map.of("id", id)).list();
            if (!node.isEmpty() && node.get(0).get("restedOn").asBoolean()) {
                throw Problems.refusal(HttpStatus.CONFLICT, Message.of("reference.inUse", id));
            }
            remove(tx, node.isEmpty() ? List.of() : List.of(id), user, ChangeLog.VIA_FORM);
            tx.commit();
        }
    }

    private void remove(Transaction tx, List<String> ids, String user, String via) {
        if (ids.isEmpty()) {
            return;
        }
        List<ChangeBatch.Removed> removed = new ArrayList<>();
        for (Record r : tx.run("""
                MATCH (n)-[r]-() WHERE n.id IN $ids
                WITH DISTINCT r, startNode(r) AS a, endNode(r) AS b
                RETURN a.id AS from, labels(a)[0] AS fromLabel, type(r) AS type, b.id AS to, labels(b)[0] AS toLabel,
                       properties(r) AS props""", Map.of("ids", ids)).list()) {
            removed.add(RemovedItems.relationship(r));
        }
        for (Record r : tx.run("MATCH (n) WHERE n.id IN $ids RETURN labels(n)[0] AS label, n.id AS id, "
                + "properties(n) AS props", Map.of("ids", ids)).list()) {
            removed.add(RemovedItems.node(r));
        }
        changeLog.begin(tx, user, via, "Withdrawn from the reference set").recordDeletes(removed);
        tx.run("MATCH (n) WHERE n.id IN $ids DETACH DELETE n", Map.of("ids", ids)).consume();
    }

    /** Only the kinds the set holds a file of: a set may leave a kind out, and that withdraws nothing of it. */
    private static List<String> labels(List<RawTable> shipped) {
        return shipped.stream().map(table -> ItemLayout.node(table.kind())).flatMap(Optional::stream)
                .map(ItemLayout.NodeLayout::label).distinct().toList();
    }

    private static Set<String> nodeIds(List<RawTable> shipped) {
        Set<String> ids = new HashSet<>();
        shipped.stream().filter(table -> ItemLayout.node(table.kind()).isPresent())
                .forEach(table -> table.rows().forEach(row -> ids.add(row.cells().get("id"))));
        return ids;
    }
}
