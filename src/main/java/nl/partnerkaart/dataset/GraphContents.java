package nl.partnerkaart.dataset;

import nl.partnerkaart.importer.Kinds;
import org.neo4j.driver.Driver;

/** Whether the database already holds any node of the graph model (accounts and audit entries do not count). */
public final class GraphContents {

    private GraphContents() {
    }

    public static boolean isEmpty(Driver driver) {
        try (var session = driver.session()) {
            // One cheap look per label; the label comes from the fixed graph model.
            return Kinds.NODE_LABELS.stream().noneMatch(label -> session.executeRead(tx ->
                    tx.run("MATCH (n:`" + label + "`) RETURN n LIMIT 1").hasNext()));
        }
    }
}
