package nl.partnerkaart.importer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.IntFunction;

import nl.partnerkaart.Api;
import nl.partnerkaart.TestApplications;
import org.neo4j.driver.Driver;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A benchmark, not a test: import throughput through the real path (HTTP upload, CSV parsing, validation of
 * every cell and reference, comparison with the database, writing, change history, audit), on generated files
 * of 100,000 partners serving 3 regions each (300,000 relationships), next to the raw engine
 * measured in the same run. Starts its own application on a temporary directory with the
 * shipped data set. Run with {@code scripts/measure-import.sh}.
 */
public final class ImportThroughput {

    private static final int PARTNERS = 100_000;
    private static final int WARM_UP = 20_000;
    private static final String[] CATEGORIES = {"company", "police", "drinking-water", "grid-operator", "hospital"};
    private static final double RAW_NODES_PER_SECOND = 51_000;
    private static final double RAW_RELATIONSHIPS_PER_SECOND = 34_000;

    private ImportThroughput() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = TestApplications.start(TestApplications.newDataDirectory(),
                "partnerkaart.import.max-file-size=60MB", "spring.servlet.multipart.max-file-size=60MB",
                "spring.servlet.multipart.max-request-size=61MB", "logging.level.root=WARN",
                // No national reports built in the background after the imports: they would run during the raw
                // engine's turn. The commit listener that notices changes for them stays, as in production.
                "partnerkaart.reports.rebuild-delay=0s")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Api api = new Api(port, "admin", TestApplications.ADMIN_PASSWORD);

            String partnersHeader = "id,name,category,serves\n";
            IntFunction<String> partner = partners("B-P");
            // Both paths once on other ids first, so that neither pays the JIT's warm-up in the figures: a server
            // that runs for days imports with compiled code.
            importFile(api, "partners.csv", partnersHeader, WARM_UP, partners("W-P"));
            rawEngine(context.getBean(Driver.class), "WR-P", WARM_UP);
            System.out.printf("%n%-58s %8s %12s %14s%n", "import (100,000 partners, 300,000 relationships)", "s",
                    "nodes/s", "relationships/s");
            TransactionMemory memory = new TransactionMemory(context.getBean(Driver.class));
            double cpuBefore = cpuSeconds();
            double nodesWithServes = importFile(api, "partners.csv", partnersHeader, PARTNERS, partner);
            double importCpu = cpuSeconds() - cpuBefore;
            print("partners.csv: 100,000 new partners, each serving 3 regions", nodesWithServes, PARTNERS, 3 * PARTNERS);
            System.out.printf("%-58s %,12.0f MB (heap %,.0f MB, off heap %,.0f MB)%n", "  largest transaction memory seen",
                    memory.peak() / 1e6, memory.peakHeap / 1e6, memory.peakDirect / 1e6);
            memory.close();
            double unchanged = importFile(api, "partners.csv", partnersHeader, PARTNERS, partner);
            print("the same file again (nothing changes)", unchanged, 0, 0);
            System.out.printf("%-58s %8s %12.0f %14s%n", "  rows compared per second", "", PARTNERS / unchanged, "");
            cpuBefore = cpuSeconds();
            double[] raw = rawEngine(context.getBean(Driver.class), "R-P", PARTNERS);
            double rawCpu = cpuSeconds() - cpuBefore;
            System.out.printf("%n%-58s %8.1f %12s %14s%n", "raw engine now: 100,000 nodes, then 300,000 relationships",
                    raw[0] + raw[1], String.format("%,.0f", PARTNERS / raw[0]), String.format("%,.0f", 3 * PARTNERS / raw[1]));
            double techNotes = PARTNERS / RAW_NODES_PER_SECOND + 3 * PARTNERS / RAW_RELATIONSHIPS_PER_SECOND;
            System.out.printf("Raw engine on a quiet machine (TECH-NOTES.md): %,.0f nodes/s, %,.0f relationships/s, so %.1f s "
                    + "for these nodes and relationships: the import ran at %.0f%% of that speed.%n",
                    RAW_NODES_PER_SECOND, RAW_RELATIONSHIPS_PER_SECOND, techNotes, 100 * techNotes / nodesWithServes);
            System.out.printf("The import took %.1f s where the raw engine, measured just now, took %.1f s for the same "
                    + "nodes and relationships: %.0f%% of raw speed.%n", nodesWithServes, raw[0] + raw[1],
                    100 * (raw[0] + raw[1]) / nodesWithServes);
            System.out.printf("CPU time of the whole process (all threads, less sensitive to other load on the machine): "
                    + "import %.1f s, raw engine %.1f s: %.0f%%.%n", importCpu, rawCpu, 100 * rawCpu / importCpu);
        }
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /**
     * The raw-engine baseline the way TECH-NOTES.md measured it, at the same moment on the same machine: batches
     * of 10,000 rows with UNWIND, each committed, nodes created, then relationships matched by unique id on both ends.
     *
     * @return seconds for the nodes and for the relationships
     */
    private static double[] rawEngine(Driver driver, String prefix, int partners) {
        long start = System.nanoTime();
        for (int from = 0; from < partners; from += 10_000) {
            java.util.List<Map<String, Object>> rows = new java.util.ArrayList<>();
            for (int i = from; i < from + 10_000; i++) {
                rows.add(Map.of("id", prefix + i, "name", "Rauwe partner " + i, "category", CATEGORIES[i % 5]));
            }
            try (var session = driver.session()) {
                session.executeWriteWithoutResult(tx -> tx.run("UNWIND $rows AS row CREATE (p:Partner) SET p = row",
                        Map.of("rows", rows)).consume());
            }
        }
        double nodes = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        for (int from = 0; from < 3 * partners; from += 10_000) {
            java.util.List<Map<String, Object>> rows = new java.util.ArrayList<>();
            for (int i = from; i < from + 10_000; i++) {
                rows.add(Map.of("id", prefix + (i / 3), "region", region(i / 3 + (i % 3) * 7)));
            }
            try (var session = driver.session()) {
                session.executeWriteWithoutResult(tx -> tx.run("UNWIND $rows AS row MATCH (p:Partner {id: row.id}) "
                        + "MATCH (r:SafetyRegion {id: row.region}) CREATE (p)-[:SERVES]->(r)", Map.of("rows", rows)).consume());
            }
        }
        return new double[] {nodes, (System.nanoTime() - start) / 1e9};
    }

    /**
     * Samples the memory of the open transactions (as the limits count it) while the import runs. Seldom: each
     * {@code SHOW TRANSACTIONS} walks every lock the import holds (hundreds of thousands), and sampling every 0.5 s
     * took a quarter of the CPU samples of the import on 2 cores. The import's memory only grows until its commit,
     * so the last sample before the commit is close to the peak.
     */
    private static final class TransactionMemory implements AutoCloseable {

        private static final long SAMPLE_INTERVAL_MS = 5_000;

        private final Thread sampler;
        private volatile boolean running = true;
        private volatile long peakHeap;
        private volatile long peakDirect;
        private volatile long peak;

        TransactionMemory(Driver driver) {
            sampler = new Thread(() -> {
                while (running) {
                    try (var session = driver.session(org.neo4j.driver.SessionConfig.forDatabase("neo4j"))) {
                        session.run("SHOW TRANSACTIONS YIELD estimatedUsedHeapMemory AS heap, allocatedDirectBytes AS direct "
                                + "RETURN heap, direct").forEachRemaining(r -> {
                            long heap = r.get("heap").asLong(0);
                            long direct = r.get("direct").asLong(0);
                            if (heap + direct > peak) {
                                peak = heap + direct;
                                peakHeap = heap;
                                peakDirect = direct;
                            }
                        });
                        Thread.sleep(SAMPLE_INTERVAL_MS);
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        // The database may be busy; the next sample counts.
                    }
                }
            }, "transaction-memory");
            sampler.setDaemon(true);
            sampler.start();
        }

        long peak() {
            return peak;
        }

        @Override
        public void close() {
            running = false;
        }
    }

    /** Rows of a partners file: each partner serves 3 regions. */
    private static IntFunction<String> partners(String prefix) {
        return i -> prefix + i + ",Benchmarkpartner " + i + "," + CATEGORIES[i % 5] + "," + region(i) + "|" + region(i + 7)
                + "|" + region(i + 13);
    }

    private static String region(int i) {
        return String.format("VR%02d", i % 25 + 1);
    }

    private static void print(String what, double seconds, int nodes, int relationships) {
        System.out.printf("%-58s %8.1f %12s %14s%n", what, seconds, nodes == 0 ? "" : String.format("%,.0f", nodes / seconds),
                relationships == 0 ? "" : String.format("%,.0f", relationships / seconds));
    }

    /** Uploads a generated file through POST /api/import and returns the seconds until the answer. */
    private static double importFile(Api api, String name, String header, int rows, IntFunction<String> row) {
        StringBuilder csv = new StringBuilder(header);
        for (int i = 0; i < rows; i++) {
            csv.append(row.apply(i)).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Api.Response response = api.postFiles("/api/import", "file", Map.of(name, bytes));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.status() != 200) {
            throw new IllegalStateException(name + ": " + response.status() + " " + response.body().substring(0,
                    Math.min(2000, response.body().length())));
        }
        return seconds;
    }
}
