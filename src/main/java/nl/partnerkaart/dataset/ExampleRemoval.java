package nl.partnerkaart.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.history.ChangeBatch;
import nl.partnerkaart.history.ChangeLog;
import nl.partnerkaart.history.PeopleEdits;
import nl.partnerkaart.model.ItemLayout;
import nl.partnerkaart.model.Kinds;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.Problems;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Takes the example set out of a knowledge base in one transaction: every node and relationship of origin
 * {@code illustrative}, and the relationships of other origins that hang on a removed node. Public facts and
 * everyone's own items stay. Each removed item is recorded in the history (one batch, restorable item by item).
 */
@Service
public class ExampleRemoval {

    /** @param userRelationships relationships that were not examples themselves but ended on a removed example */
    public record Result(long nodes, long relationships, long userRelationships) {
    }

    private static final String EXAMPLE_NODE = "n.origin = 'illustrative' AND any(l IN labels(n) WHERE l IN $labels)";

    private final Driver driver;
    private final ChangeLog changeLog;
    private final AuditLog audit;

    ExampleRemoval(Driver driver, ChangeLog changeLog, AuditLog audit) {
        this.driver = driver;
        this.changeLog = changeLog;
        this.audit = audit;
    }

    public Result remove(String user) {
        Result result;
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            result = removeIn(tx, user);
            tx.commit();
        }
        audit.record(user, "dataset.examples.remove", "examples", "success", "nodes=" + result.nodes()
                + ", relationships=" + result.relationships() + ", userRelationships=" + result.userRelationships());
        return result;
    }

    private Result removeIn(Transaction tx, String user) {
        refuseWhenNoneOrInUse(tx);
        List<ChangeBatch.Removed> removed = new ArrayList<>();
        long userRelationships = 0;
        for (Record r : tx.run("""
                MATCH (a)-[r]->(b)
                WHERE r.origin = 'illustrative' OR a.origin = 'illustrative' OR b.origin = 'illustrative'
                RETURN a.id AS from, labels(a)[0] AS fromLabel, type(r) AS type, b.id AS to, labels(b)[0] AS toLabel,
                       properties(r) AS props
                """).list()) {
            ChangeBatch.Removed relationship = RemovedItems.relationship(r);
            if (!"illustrative".equals(relationship.before().get("origin"))) {
                userRelationships++;
            }
            removed.add(relationship);
        }
        long relationships = removed.size();
        for (Record r : tx.run("MATCH (n) WHERE " + EXAMPLE_NODE + " RETURN labels(n)[0] AS label, n.id AS id, "
                + "properties(n) AS props", Map.of("labels", Kinds.NODE_LABELS)).list()) {
            removed.add(RemovedItems.node(r));
        }
        changeLog.begin(tx, user, PeopleEdits.VIA_EXAMPLES, null).recordDeletes(removed);
        tx.run("MATCH ()-[r]->() WHERE r.origin = 'illustrative' DELETE r").consume();
        tx.run("MATCH (n) WHERE " + EXAMPLE_NODE + " DETACH DELETE n", Map.of("labels", Kinds.NODE_LABELS)).consume();
        return new Result(removed.size() - relationships, relationships - userRelationships, userRelationships);
    }

    /**
     * Nothing to remove is a 409, and so is an own item that cannot exist without an example (an action item of an
     * example covenant, a profile of an example partner): removing the example would leave it broken.
     */
    private static void refuseWhenNoneOrInUse(Transaction tx) {
        if (!tx.run("MATCH (n) WHERE " + EXAMPLE_NODE + " RETURN n LIMIT 1", Map.of("labels", Kinds.NODE_LABELS))
                .hasNext()) {
            throw conflict(Message.of("examples.none"), List.of());
        }
        List<String> dependants = new ArrayList<>();
        for (ItemLayout.NodeLayout node : ItemLayout.nodes()) {
            for (ItemLayout.Link link : node.links()) {
                if (link.exactlyOne()) {
                    // Labels and types come from the fixed graph model, never from the request.
                    String tie = link.outgoing() ? "-[:`" + link.type() + "`]->" : "<-[:`" + link.type() + "`]-";
                    tx.run("MATCH (u:`" + node.label() + "`)" + tie + "(x) "
                            + "WHERE u.origin <> 'illustrative' AND x.origin = 'illustrative' "
                            + "RETURN u.id AS id LIMIT 20").forEachRemaining(r -> dependants.add(r.get("id").asString()));
                }
            }
        }
        if (!dependants.isEmpty()) {
            throw conflict(Message.of("examples.inUse", dependants), dependants);
        }
    }

    private static ErrorResponseException conflict(Message message, List<String> items) {
        ErrorResponseException conflict = Problems.refusal(HttpStatus.CONFLICT, message);
        if (!items.isEmpty()) {
            conflict.getBody().setProperty("items", items);
        }
        return conflict;
    }
}
