package nl.partnerkaart.reports;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import nl.partnerkaart.database.EmbeddedDatabase;
import nl.partnerkaart.model.Kinds;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;

/**
 * A number that goes up with every commit that changes the knowledge graph (its labels and relationships), from
 * any source: forms, imports, the restorer, or a Bolt client. Audit entries, change history, accounts and saved
 * views do not count: writing them must not make every report be computed again. Only the embedded database
 * shows its commits, so with an external server there is no version and nothing is reused.
 */
final class KnowledgeVersion implements TransactionEventListener<Boolean> {

    private static final Set<String> LABELS = Set.copyOf(Kinds.NODE_LABELS);

    private final AtomicLong commits = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    KnowledgeVersion(EmbeddedDatabase database) {
        database.onCommit(this);
    }

    long current() {
        return commits.get();
    }

    /** Runs after every commit that changed the knowledge graph, on the committing thread: keep it short. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public Boolean beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
        // Decided before the commit, while changed nodes can still be read; the first knowledge change settles it,
        // so a large import pays for one look, not one per element.
        return data.createdRelationships().iterator().hasNext() || data.deletedRelationships().iterator().hasNext()
                || data.assignedRelationshipProperties().iterator().hasNext()
                || data.removedRelationshipProperties().iterator().hasNext()
                || labelled(data.assignedLabels()) || labelled(data.removedLabels())
                || changedKnowledge(data, data.assignedNodeProperties()) || changedKnowledge(data, data.removedNodeProperties());
    }

    @Override
    public void afterCommit(TransactionData data, Boolean knowledgeChanged, GraphDatabaseService database) {
        if (Boolean.TRUE.equals(knowledgeChanged)) {
            commits.incrementAndGet();
            listeners.forEach(Runnable::run);
        }
    }

    @Override
    public void afterRollback(TransactionData data, Boolean knowledgeChanged, GraphDatabaseService database) {
        // Nothing was written.
    }

    private static boolean labelled(Iterable<LabelEntry> entries) {
        for (LabelEntry entry : entries) {
            if (LABELS.contains(entry.label().name())) {
                return true;
            }
        }
        return false;
    }

    /** Deleted nodes are left to their removed labels: their own labels can no longer be read. */
    private static boolean changedKnowledge(TransactionData data, Iterable<PropertyEntry<Node>> entries) {
        for (PropertyEntry<Node> entry : entries) {
            Node node = entry.entity();
            if (!data.isDeleted(node)) {
                for (var label : node.getLabels()) {
                    if (LABELS.contains(label.name())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
