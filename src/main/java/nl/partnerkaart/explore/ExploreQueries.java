package nl.partnerkaart.explore;

import java.util.Map;

/**
 * The Cypher of search, node details and shortest paths, in one place. Public so that the benchmark sends the very
 * same text directly with the driver when it measures the API's overhead.
 */
public final class ExploreQueries {

    /**
     * How many of the index's best hits are ranked by {@link #SEARCH}. Ranking reads properties of every hit, so it
     * must not see the tens of thousands that a short prefix matches on a large graph.
     */
    static final int CANDIDATES = 200;

    /** Full-text search, ranked; parameters from {@link #searchParameters}. */
    public static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('node_search', $lucene, {limit: $candidates}) YIELD node, score
            RETURN node.id AS id, node.name AS name, labels(node)[0] AS label, node.origin AS origin, score
            // What people type is most often the start of the name they mean, or a short name
            // (VRHM) or id in full; source documents are seldom what they look for.
            ORDER BY toLower(node.name) STARTS WITH toLower($text)
                     OR toLower($text) IN [s IN coalesce(node.synonyms, []) + [node.abbreviation, node.id]
                                           WHERE s IS NOT NULL | toLower(s)] DESC,
                     node:Source, score DESC, name
            LIMIT $limit
            """;

    /** One node ({@code $id}) with its degree per relationship type and direction, and its sources. */
    public static final String NODE_DETAILS = NodeLookup.NODE_BY_ID + """
             WITH n LIMIT 1
             OPTIONAL MATCH (n)-[r]-(other)
             WITH n, type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
                  count(r) AS count
             RETURN n, collect(CASE WHEN type IS NULL THEN NULL ELSE {type: type, direction: direction,
                    count: count} END) AS degrees,
                    [(s:Source)-[:MENTIONS]->(n) | s {.id, .name, .publisher, .url,
                       publishedOn: toString(s.publishedOn), accessedOn: toString(s.accessedOn)}] AS sources
            """;

    private ExploreQueries() {
    }

    /**
     * @param text what the person typed, stripped
     * @param limit how many hits to return; one more is asked for, to tell whether there are more
     */
    public static Map<String, Object> searchParameters(String text, int limit) {
        return Map.of("lucene", LuceneQuery.prefixOfEveryWord(text), "candidates", CANDIDATES, "text", text,
                "limit", limit + 1);
    }

    /**
     * All shortest paths from {@code $from} to {@code $to}, at most {@code $limit}. {@code maxHops} must be a number
     * checked to lie between 1 and 8, so it can stand in the pattern (Cypher takes no parameter there); every other
     * value is a parameter. The filter on sources is left out rather than switched off by a parameter: only a fixed
     * predicate is applied during the shortest-path search itself.
     */
    public static String shortestPaths(int maxHops, boolean viaSources) {
        return NodeLookup.nodeBy("from", "a") + " WITH a LIMIT 1 "
                + NodeLookup.nodeBy("to", "b") + " WITH a, b LIMIT 1 "
                + "MATCH p = allShortestPaths((a)-[*.." + maxHops + "]-(b)) "
                + (viaSources ? "" : "WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS') ")
                + "RETURN p LIMIT $limit";
    }
}
