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
 * A benchmark, not a test: the workbench's overhead (text checks, plan check, rendering, graph, audit) against the
 * same query run directly with the driver in a read transaction. The two alternate, so that both see the same load,
 * and the ratio is the median of the pairs' ratios. Starts its own application on a temporary directory with the
 * shipped data set. Run with {@code scripts/measure-workbench.sh}.
 */
public final class WorkbenchOverhead {

    private static final int WARM_UP = 5;
    private static final int RUNS = 31;

    private WorkbenchOverhead() {
    }

    /** {@code args[0]}, when given: measure again after adding that many synthetic partners to the shipped data. */
    public static void main(String[] args) {
        int syntheticPartners = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        try (ConfigurableApplicationContext context = TestApplications.start(TestApplications.newDataDirectory())) {
            Driver driver = context.getBean(Driver.class);
            ReadOnlyCypher workbench = context.getBean(ReadOnlyCypher.class);
            List<SavedQueryFile> queries = context.getBean(SavedQueryFiles.class).all();
            measure(driver, workbench, queries);
            if (syntheticPartners > 0) {
                addSyntheticPartners(driver, syntheticPartners);
                measure(driver, workbench, queries);
            }
        }
    }

    private static void measure(Driver driver, ReadOnlyCypher workbench, List<SavedQueryFile> queries) {
        System.out.printf("%n%-42s %10s %10s %7s%n", "query (median of " + RUNS + " pairs)", "driver ms", "workbench",
                "ratio");
        List<Double> ratios = new ArrayList<>();
        for (SavedQueryFile query : queries) {
            Map<String, Object> params = CypherParameters.convert(ExampleParameters.json(query),
                    ExampleParameters.DEFAULT_LIMITS);
            CypherRequest request = new CypherRequest(query.query(), ExampleParameters.json(query), null);
            double[] medians = pairedMedians(() -> direct(driver, query.query(), params), () -> {
                long start = System.nanoTime();
                workbench.run("benchmark", request, "benchmark");
                return System.nanoTime() - start;
            });
            if (medians[0] < 10) {
                continue;
            }
            ratios.add(medians[2]);
            System.out.printf("%-42s %10.1f %10.1f %7.2f%n", query.id(), medians[0], medians[1], medians[2]);
        }
        Collections.sort(ratios);
        if (!ratios.isEmpty()) {
            System.out.printf("%d queries of 10 ms or more; ratio min %.2f, median %.2f, max %.2f%n", ratios.size(),
                    ratios.get(0), ratios.get(ratios.size() / 2), ratios.get(ratios.size() - 1));
        }
    }

    /**
     * Partners like the shipped ones, to make the saved queries work on a larger graph: each serves one to three
     * regions, is active in a sector, provides a vital process, is party to a covenant, took part in an exercise, and
     * has two partner profiles (region, incident type, role).
     */
    private static void addSyntheticPartners(Driver driver, int count) {
        long start = System.nanoTime();
        try (var session = driver.session()) {
            for (int from = 0; from < count; from += 5_000) {
                Map<String, Object> range = Map.of("from", from, "to", Math.min(from + 5_000, count));
                session.executeWriteWithoutResult(tx -> tx.run("""
                        MATCH (r:SafetyRegion) WITH collect(r) AS regions
                        MATCH (s:Sector) WITH regions, collect(s) AS sectors
                        MATCH (v:VitalProcess) WITH regions, sectors, collect(v) AS processes
                        MATCH (c:Covenant) WITH regions, sectors, processes, collect(c) AS covenants
                        MATCH (e:Exercise) WITH regions, sectors, processes, covenants, collect(e) AS exercises
                        MATCH (i:IncidentType) WITH regions, sectors, processes, covenants, exercises, collect(i) AS incidents
                        UNWIND range($from, $to - 1) AS n
                        CREATE (p:Partner {id: 'SYN-P-' + n, name: 'Synthetic partner ' + n, category: 'other',
                                           scope: 'regional', origin: 'illustrative'})
                        WITH p, n, regions, sectors, processes, covenants, exercises, incidents
                        FOREACH (k IN range(0, n % 3) | FOREACH (r IN [regions[(n + k * 7) % size(regions)]] |
                            CREATE (p)-[:SERVES {origin: 'illustrative'}]->(r)))
                        FOREACH (s IN [sectors[n % size(sectors)]] | CREATE (p)-[:ACTIVE_IN {origin: 'illustrative'}]->(s))
                        FOREACH (v IN [processes[n % size(processes)]] | CREATE (p)-[:PROVIDES {origin: 'illustrative'}]->(v))
                        FOREACH (c IN [covenants[n % size(covenants)]] | CREATE (p)-[:PARTY_TO {origin: 'illustrative'}]->(c))
                        FOREACH (e IN [exercises[n % size(exercises)]] | CREATE (p)-[:PARTICIPATED_IN {origin: 'illustrative'}]->(e))
                        FOREACH (k IN [0, 1] |
                            CREATE (pp:PartnerProfile {id: 'SYN-PP-' + n + '-' + k, role: 'informed', origin: 'illustrative'})
                            CREATE (pp)-[:OF_PARTNER {origin: 'illustrative'}]->(p)
                            FOREACH (r IN [regions[(n + k) % size(regions)]] | CREATE (pp)-[:IN_REGION {origin: 'illustrative'}]->(r))
                            FOREACH (i IN [incidents[(n * 3 + k) % size(incidents)]] |
                                CREATE (pp)-[:FOR_INCIDENT_TYPE {origin: 'illustrative'}]->(i)))
                        """, range).consume());
            }
            long nodes = session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
            long relationships = session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong();
            System.out.printf("%nAdded %,d synthetic partners in %.1f s: the graph now has %,d nodes and %,d relationships%n",
                    count, (System.nanoTime() - start) / 1e9, nodes, relationships);
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

    /**
     * Runs the two alternately, so that both see the same load on a shared machine: the median milliseconds of each
     * after a warm-up, and the median of the ratios of the pairs.
     */
    private static double[] pairedMedians(LongSupplier direct, LongSupplier viaWorkbench) {
        for (int i = 0; i < WARM_UP; i++) {
            direct.getAsLong();
            viaWorkbench.getAsLong();
        }
        List<Double> directMs = new ArrayList<>();
        List<Double> workbenchMs = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            double d = direct.getAsLong() / 1e6;
            double w = viaWorkbench.getAsLong() / 1e6;
            directMs.add(d);
            workbenchMs.add(w);
            ratios.add(w / d);
        }
        return new double[] {median(directMs), median(workbenchMs), median(ratios)};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
