package nl.partnerkaart.cypher;

import java.util.List;

import nl.partnerkaart.graph.Graph;

/**
 * The answer of a workbench query: the table ({@code columns}, {@code rows}), the graph made of every node,
 * relationship and path in the rows, and how it went. {@code truncated} says the answer was cut short, and
 * {@code truncatedBy} why: {@code row-cap} (more rows than the row cap) or {@code answer-size} (the rows so far
 * reached the workbench's size limit for one answer); {@code null} when complete.
 */
record CypherResult(List<String> columns, List<List<Object>> rows, Graph graph, int rowCount, int rowCap,
                    long elapsedMs, boolean truncated, String truncatedBy) {
}
