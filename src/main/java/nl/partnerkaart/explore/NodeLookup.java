package nl.partnerkaart.explore;

import java.util.stream.Collectors;

import nl.partnerkaart.model.Kinds;

/**
 * Finds a node by its business id through the unique index of every label of the graph model (a plain
 * {@code MATCH (n {id: $id})} would scan every node).
 */
final class NodeLookup {

    /** A subquery that binds {@code n} to the node whose id is {@code $id}. Labels come from the fixed model. */
    static final String NODE_BY_ID = "CALL () { "
            + Kinds.NODE_LABELS.stream().map(label -> "MATCH (n:`" + label + "` {id: $id}) RETURN n")
            .collect(Collectors.joining(" UNION ")) + " }";

    /** A subquery that binds {@code n} to every node whose id is in {@code $ids}, through the same indexes. */
    static final String NODES_BY_IDS = "CALL () { "
            + Kinds.NODE_LABELS.stream().map(label -> "MATCH (n:`" + label + "`) WHERE n.id IN $ids RETURN n")
            .collect(Collectors.joining(" UNION ")) + " }";

    private NodeLookup() {
    }

    /** The same subquery for another parameter, e.g. {@code $from}, binding another variable. */
    static String nodeBy(String parameter, String variable) {
        return NODE_BY_ID.replace("$id", "$" + parameter).replace("(n:", "(" + variable + ":")
                .replace("RETURN n", "RETURN " + variable);
    }
}
