package nl.partnerkaart.history;

import java.util.Map;
import java.util.Optional;

import nl.partnerkaart.model.Kinds;
import org.neo4j.driver.SimpleQueryRunner;

/** Finds which label of the graph model an id belongs to, through each label's unique index on id. */
public final class NodeLabels {

    private NodeLabels() {
    }

    public static Optional<String> of(SimpleQueryRunner tx, String id) {
        // The label comes from the fixed list of the graph model, never from input.
        return Kinds.NODE_LABELS.stream().filter(label -> !tx.run("MATCH (n:`" + label + "` {id: $id}) RETURN n.id",
                Map.of("id", id)).list().isEmpty()).findFirst();
    }
}
