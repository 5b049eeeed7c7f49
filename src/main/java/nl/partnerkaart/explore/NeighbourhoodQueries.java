package nl.partnerkaart.explore;

/**
 * The Cypher of {@link Neighbourhood}, one query per level. Public so that the benchmark sends the very same text
 * directly with the driver when it measures the API's overhead.
 */
public final class NeighbourhoodQueries {

    /** Room for the relationships among nodes already found, read besides the budget's new nodes. */
    public static final int EDGES_AMONG_KNOWN = 2_000;

    private NeighbourhoodQueries() {
    }

    /**
     * The start node ({@code a}) and the level around it, in one round trip.
     *
     * @param pattern a relationship pattern from {@code a} over {@code r} to {@code b}, e.g. {@code (a)-[r]-(b)}
     */
    public static String startAndFirstLevel(String pattern) {
        return NodeLookup.NODE_BY_ID + """
                 WITH n AS a LIMIT 1
                 OPTIONAL CALL (a) {
                   MATCH %s WHERE size($types) = 0 OR type(r) IN $types
                   RETURN r, b LIMIT $rowCap
                 }
                """.formatted(pattern) + freshNodesAndTheirRelationships("a,", "[elementId(a)]");
    }

    /** The next level around the nodes of {@code $frontier}; {@code $seen} holds every node already found. */
    public static String nextLevel(String pattern) {
        return """
                MATCH %s WHERE elementId(a) IN $frontier AND (size($types) = 0 OR type(r) IN $types)
                WITH r, b LIMIT $rowCap
                """.formatted(pattern) + freshNodesAndTheirRelationships("", "$seen");
    }

    /**
     * The end of a level's query. At most {@code $rowCap} relationships are read: room for every new node the
     * budget allows plus the edges among nodes already found. Only the new nodes that fit the budget (and one
     * more, which tells that there were more) and the relationships among the nodes kept come back: around a
     * hub most of the rows lead to nodes that are already known or cut off, and sending those cost the most.
     *
     * @param carried what the query returns besides (the start node {@code a}), with a trailing comma
     * @param known   the element ids of the nodes already in the answer
     */
    private static String freshNodesAndTheirRelationships(String carried, String known) {
        return """
                WITH %1$s collect(r) AS relationships, collect(DISTINCT b) AS ends
                WITH %1$s relationships, [b IN ends WHERE NOT elementId(b) IN %2$s][..$budget + 1] AS fresh
                WITH %1$s relationships, fresh, %2$s + [b IN fresh[..$budget] | elementId(b)] AS kept
                RETURN %1$s fresh, size(relationships) AS read,
                       [r IN relationships WHERE elementId(startNode(r)) IN kept AND elementId(endNode(r)) IN kept]
                       AS relationships
                """.formatted(carried, known);
    }
}
