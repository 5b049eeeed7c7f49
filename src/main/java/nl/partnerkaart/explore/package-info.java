/**
 * The explorer's questions to the graph: search, one node with its degrees, the neighbourhood of a node,
 * and the shortest paths between two nodes. Every answer that a limit cut short says so ({@code truncated}).
 * Offers {@link nl.partnerkaart.explore.NodesById} (scenes). Depends on graph, model and system.
 */
package nl.partnerkaart.explore;
