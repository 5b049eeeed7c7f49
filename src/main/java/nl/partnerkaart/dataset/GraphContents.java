package nl.partnerkaart.dataset;

import java.util.stream.Collectors;

import nl.partnerkaart.model.Kinds;
import org.neo4j.driver.Driver;

/** Whether the database already holds any node of the graph model (the change history does not count). */
public final class GraphContents {

    /**
     * One statement for every label of the fixed model: at start-up each distinct statement costs a Cypher
     * compilation on a cold JVM, so one look instead of one per label.
     */
    private static final String ANY_MODEL_NODE = "MATCH (n:" + Kinds.NODE_LABELS.stream()
            .map(label -> "`" + label + "`").collect(Collectors.joining("|")) + ") RETURN n LIMIT 1";

    private GraphContents() {
    }

    public static boolean isEmpty(Driver driver) {
        try (var session = driver.session()) {
            return !session.executeRead(tx -> tx.run(ANY_MODEL_NODE).hasNext());
        }
    }
}
