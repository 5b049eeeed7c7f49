package nl.partnerkaart.benchmark;

import java.util.function.IntConsumer;

/**
 * One measured line: the same work through the application's HTTP API and directly with the Neo4j driver,
 * for the {@code i}-th sample (both sides get the same sample, so both read the same data).
 *
 * @param name what is measured, as it appears in docs/benchmarks.md
 * @param viaApi one call of the API; must fail on an error answer
 * @param direct the same query (or queries) run directly with the driver in a read transaction; null when
 *               no single query does the same work (the line then shows no ratio)
 */
record BenchmarkCase(String name, IntConsumer viaApi, IntConsumer direct) {
}
