/**
 * Dependency and cascade analysis: what fails, where and when if a vital process or an asset fails
 * ({@code /api/analysis/cascade}), also as an outage scenario (what, where, how long: {@link
 * nl.partnerkaart.cascade.OutageAreas}, {@link nl.partnerkaart.cascade.Scenarios}), a briefing for one region and incident type
 * ({@code /api/analysis/briefing}, JSON or PDF) and the brokers of the dependency graph
 * ({@code /api/analysis/brokers}).
 * <p>
 * {@link nl.partnerkaart.cascade.Propagation} is the engine (Dijkstra over the failure graph, which it
 * reads from the database in batches through {@link nl.partnerkaart.cascade.Neighbours}, so only what is
 * reachable is read). The propagation rules are described in {@code docs/cascade.md}.
 * Depends on graph, pdf and system only: it reads the graph with its own queries.
 */
package nl.partnerkaart.cascade;
