package nl.partnerkaart.cypher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import nl.partnerkaart.TestApplications;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A benchmark, not a test: the workbench's overhead (text checks, EXPLAIN and plan check, rendering, graph,
 * audit write) against the same query run directly with the driver in a read transaction, as a ratio of
 * medians. Starts its own application on a temporary directory with the shipped data set.
 * Run with {@code scripts/measure-workbench.sh}.
 */
public final class WorkbenchOverhead {

    private static final int WARM_UP = 5;
    private static final int RUNS = 25;

    private WorkbenchOverhead() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = TestApplications.start(TestApplications.newDataDirectory())) {
            Driver driver = context.getBean(Driver.class);
            ReadOnlyCypher workbench = context.getBean(ReadOnlyCypher.class);
            SavedQueryFiles files = context.getBean(SavedQueryFiles.class);
            System.out.printf("%n%-42s %10s %10s %7s%n", "query (median of " + RUNS + ")", "driver ms", "workbench", "ratio");
            for (SavedQueryFile query : files.all()) {
                Map<String, Object> params = CypherParameters.convert(exampleParams(query));
                double direct = median(() -> direct(driver, query.query(), params));
                if (direct < 10) {
                    continue;
                }
                CypherRequest request = new CypherRequest(query.query(), exampleParams(query), null);
                double viaWorkbench = median(() -> {
                    long start = System.nanoTime();
                    workbench.run("benchmark", request, "benchmark");
                    return System.nanoTime() - start;
                });
                System.out.printf("%-42s %10.1f %10.1f %7.2f%n", query.id(), direct, viaWorkbench, viaWorkbench / direct);
            }
        }
    }

    private static long direct(Driver driver, String query, Map<String, Object> params) {
        long start = System.nanoTime();
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
             var tx = session.beginTransaction()) {
            tx.run(query, params).list();
        }
        return System.nanoTime() - start;
    }

    private static Map<String, Object> exampleParams(SavedQueryFile query) {
        Map<String, Object> params = new java.util.HashMap<>();
        query.parameters().forEach(p -> params.put(p.name(), p.exampleValue()));
        return params;
    }

    /** Median in milliseconds after a warm-up. */
    private static double median(LongSupplier nanos) {
        for (int i = 0; i < WARM_UP; i++) {
            nanos.getAsLong();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(nanos.getAsLong());
        }
        Collections.sort(times);
        return times.get(RUNS / 2) / 1_000_000.0;
    }
}
