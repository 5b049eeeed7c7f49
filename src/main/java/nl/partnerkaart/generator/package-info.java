/**
 * A synthetic national-scale graph for measuring: fills an empty database with the graph model at a chosen
 * size ({@code partnerkaart.generate.nodes}), deterministic for a seed. See docs/benchmarks.md.
 * Depends on importer, dataset, model and database.
 */
package nl.partnerkaart.generator;
