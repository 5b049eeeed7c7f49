package nl.partnerkaart.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import nl.partnerkaart.Api;
import nl.partnerkaart.TestApplications;
import nl.partnerkaart.explore.ExploreQueries;
import nl.partnerkaart.explore.NeighbourhoodQueries;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A benchmark, not a test: each {@link BenchmarkCase} through the HTTP API and directly with the driver, the
 * two alternating call by call so that both see the same load of the machine; median, p95 and the ratio of
 * medians (our overhead). Starts its own application in this process, on the shipped data set or, with
 * {@code -Dbenchmark.nodes=N}, on a generated graph of N nodes kept in {@code target/benchmark-N} for the next
 * run. Writes its table into docs/benchmarks.md. Run with {@code scripts/benchmark.sh}.
 *
 * <p>To add a feature's line, add a {@link BenchmarkCase} in {@link #cases}: the API call and the query it runs.
 */
public final class ApiBenchmark {

    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 20);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 200);
    /**
     * Calls of the explorer's lines before any line is measured. A line's own warm-up leaves the HTTP stack
     * (Tomcat, Spring Security, MVC, Jackson) to the interpreter, and the first lines measured that instead of the
     * application (docs/benchmarks.md, "Neighbourhood queries, overhead profile and the JIT").
     */
    private static final int JVM_WARM_UP = Integer.getInteger("benchmark.jvm-warmup", 2_000);
    private static final int EXPLORER_LINES = 4;
    /** Starts of line names separated by ';' (e.g. {@code search;neighbourhood}): only those lines run, and nothing is written. */
    private static final List<String> ONLY = Arrays.stream(System.getProperty("benchmark.cases", "").split(";"))
            .map(String::strip).filter(name -> !name.isEmpty()).toList();
    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = Integer.getInteger("benchmark.nodes", 0);
        String graph = nodes == 0 ? "shipped data set" : String.format(Locale.ROOT, "generated graph of %,d nodes", nodes);
        Path directory = nodes == 0 ? TestApplications.newDataDirectory() : Path.of("target/benchmark-" + nodes).toAbsolutePath();
        List<String> properties = new ArrayList<>(List.of("logging.level.nl.partnerkaart.generator=INFO"));
        if (nodes > 0 && !Files.exists(directory.resolve("data"))) {
            properties.add("partnerkaart.generate.nodes=" + nodes);
        }
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = TestApplications.start(directory, properties.toArray(String[]::new))) {
            System.out.printf("%nApplication ready on the %s after %.1f s%n", graph, (System.nanoTime() - started) / 1e9);
            Driver driver = app.getBean(Driver.class);
            Api api = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), "admin",
                    TestApplications.ADMIN_PASSWORD);
            Samples samples = Samples.read(driver, RUNS + WARM_UP);
            List<BenchmarkCase> cases = cases(api, driver, samples);
            warmUpJvm(cases.subList(0, EXPLORER_LINES));
            List<String> lines = new ArrayList<>();
            for (BenchmarkCase line : cases) {
                if (ONLY.isEmpty() || ONLY.stream().anyMatch(line.name()::startsWith)) {
                    lines.add(measure(line));
                }
            }
            lines.add(memory());
            if (ONLY.isEmpty()) {
                BenchmarkReport.write(nodes == 0 ? "shipped" : "generated-" + nodes, graph, RUNS, lines);
            }
        }
    }

    /** Every measured line. A new feature adds its own here. */
    static List<BenchmarkCase> cases(Api api, Driver driver, Samples s) {
        List<BenchmarkCase> cases = new ArrayList<>(List.of(
                new BenchmarkCase("search (prefix of a name)",
                        i -> ok(api.get("/api/search?q=" + s.term(i) + "&limit=10")),
                        i -> read(driver, tx -> tx.run(ExploreQueries.SEARCH,
                                ExploreQueries.searchParameters(s.term(i), 10)).list())),
                new BenchmarkCase("node details (partner)",
                        i -> ok(api.get("/api/graph/nodes/" + s.partner(i))),
                        i -> read(driver, tx -> tx.run(ExploreQueries.NODE_DETAILS, Map.of("id", s.partner(i))).list())),
                new BenchmarkCase("neighbourhood, 1 hop (partner, limit 200)",
                        i -> ok(api.get("/api/graph/neighbourhood?depth=1&id=" + s.partner(i))),
                        i -> read(driver, tx -> neighbourhood(tx, s.partner(i), 1))),
                new BenchmarkCase("neighbourhood, 2 hops (partner, limit 200)",
                        i -> ok(api.get("/api/graph/neighbourhood?depth=2&id=" + s.partner(i))),
                        i -> read(driver, tx -> neighbourhood(tx, s.partner(i), 2))),
                // What every call costs besides its queries: HTTP, sign-in with remembered credentials, JSON. Not
                // first, so that it is measured on a warm JVM.
                new BenchmarkCase("fixed cost of a call (who am I, no database)",
                        i -> ok(api.get("/api/session/me")), null),
                new BenchmarkCase("shortest paths (partner to asset, 4 hops)",
                        i -> ok(api.get("/api/graph/path?maxHops=4&from=" + s.partner(i) + "&to=" + s.asset(i))),
                        i -> read(driver, tx -> tx.run(ExploreQueries.shortestPaths(4, false),
                                Map.of("from", s.partner(i), "to", s.asset(i), "limit", 26)).list())),
                new BenchmarkCase("cascade (asset, 72 h)",
                        i -> ok(api.get("/api/analysis/cascade?start=" + s.asset(i))), null),
                // The widest cascades of the shipped data: electricity, nationally and regionally.
                new BenchmarkCase("cascade (VP01 or VP02, 72 h)",
                        i -> ok(api.get("/api/analysis/cascade?start=VP0" + (1 + i % 2))), null),
                new BenchmarkCase("workbench: overdue action items per theme",
                        i -> ok(api.postJson("/api/cypher", Map.of("query", OVERDUE))),
                        i -> read(driver, tx -> tx.run(OVERDUE).list())),
                new BenchmarkCase("workbench: partners of a region",
                        i -> ok(api.postJson("/api/cypher", Map.of("query", PARTNERS_OF_REGION,
                                "params", Map.of("region", s.region(i))))),
                        i -> read(driver, tx -> tx.run(PARTNERS_OF_REGION, Map.of("region", s.region(i))).list()))));
        // A report runs several queries and renders; its time is reported whole, without a driver line.
        REPORTS.forEach(report -> cases.add(new BenchmarkCase("report: " + report.getKey(),
                i -> ok(api.get(report.getValue().replace("{region}", s.region(i)))), null)));
        return cases;
    }

    private static final List<Map.Entry<String, String>> REPORTS = List.of(
            Map.entry("coverage", "/api/reports/coverage"),
            Map.entry("action items of a region", "/api/reports/action-items?region={region}"),
            Map.entry("exercises of a region", "/api/reports/exercises?region={region}"),
            Map.entry("networks", "/api/reports/networks"),
            Map.entry("partner profiles of a region", "/api/reports/partner-profiles?region={region}"),
            Map.entry("region profile", "/api/reports/region-profile?region={region}"),
            Map.entry("data quality", "/api/reports/data-quality"),
            Map.entry("state of vital partnerships (PDF)", "/api/reports/state-of-vital-partnerships?format=pdf"));

    private static final String OVERDUE = """
            MATCH (a:ActionItem) WHERE a.status IN ['open', 'in-progress'] AND a.dueOn < date('2026-11-23')
            WITH a.theme AS theme, count(*) AS overdue ORDER BY overdue DESC, theme
            RETURN theme, overdue""";

    private static final String PARTNERS_OF_REGION = """
            MATCH (p:Partner)-[:SERVES]->(:SafetyRegion {id: $region})
            RETURN p.id AS id, p.name AS name, p.category AS category ORDER BY name LIMIT 100""";

    private static final String BOTH_WAYS = "(a)-[r]-(b)";

    /** The queries {@code Neighbourhood} runs: the start with the first level, then one capped read per level. */
    private static List<Record> neighbourhood(TransactionContext tx, String id, int depth) {
        Record level = tx.run(NeighbourhoodQueries.startAndFirstLevel(BOTH_WAYS), Values.parameters("id", id,
                "types", List.of(), "rowCap", 200 + NeighbourhoodQueries.EDGES_AMONG_KNOWN, "budget", 200)).single();
        List<Record> all = new ArrayList<>(List.of(level));
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(level.get("a").asNode().elementId()));
        for (int depthReached = 1; depthReached < depth; depthReached++) {
            List<String> frontier = level.get("fresh").asList(n -> n.asNode().elementId()).stream()
                    .limit(200 - (seen.size() - 1)).toList();
            seen.addAll(frontier);
            if (frontier.isEmpty() || seen.size() > 200) {
                break;
            }
            int budget = 200 - (seen.size() - 1);
            level = tx.run(NeighbourhoodQueries.nextLevel(BOTH_WAYS),
                    Values.parameters("frontier", frontier, "types", List.of(), "rowCap", budget + NeighbourhoodQueries.EDGES_AMONG_KNOWN,
                            "seen", List.copyOf(seen), "budget", budget)).single();
            all.add(level);
        }
        return all;
    }

    private static void read(Driver driver, java.util.function.Function<TransactionContext, ?> work) {
        try (var session = driver.session(READ)) {
            session.executeRead(work::apply);
        }
    }

    private static void ok(Api.Response response) {
        if (response.status() != 200) {
            throw new IllegalStateException("HTTP " + response.status() + ": " + response.body());
        }
    }

    private static void warmUpJvm(List<BenchmarkCase> lines) {
        long started = System.nanoTime();
        for (int i = 0; i < JVM_WARM_UP; i++) {
            BenchmarkCase line = lines.get(i % lines.size());
            line.viaApi().accept(i);
            line.direct().accept(i);
        }
        System.out.printf("JVM warmed up with %,d calls of the explorer's lines in %.1f s%n", JVM_WARM_UP,
                (System.nanoTime() - started) / 1e9);
    }

    private static String measure(BenchmarkCase line) {
        Latencies api = new Latencies();
        Latencies direct = new Latencies();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            // Whoever reads a sample first may fault its pages into the page cache (on a large graph), so the two
            // sides take turns at going first.
            boolean apiFirst = i % 2 == 0;
            if (apiFirst) {
                timed(line.viaApi(), i, i < WARM_UP ? null : api);
            }
            if (line.direct() != null) {
                timed(line.direct(), i, i < WARM_UP ? null : direct);
            }
            if (!apiFirst) {
                timed(line.viaApi(), i, i < WARM_UP ? null : api);
            }
        }
        String ratio = line.direct() == null ? "–" : String.format(Locale.ROOT, "%.2fx", api.median() / direct.median());
        String row = String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s | %s | %s |", line.name(), api.median(),
                api.percentile(95), line.direct() == null ? "–" : String.format(Locale.ROOT, "%.1f", direct.median()),
                line.direct() == null ? "–" : String.format(Locale.ROOT, "%.1f", direct.percentile(95)), ratio);
        System.out.println(row);
        return row;
    }

    private static void timed(IntConsumer call, int i, Latencies into) {
        long start = System.nanoTime();
        call.accept(i);
        if (into != null) {
            into.add(System.nanoTime() - start);
        }
    }

    /** Heap in use after a full collection, and the resident size of this process (application and harness). */
    private static String memory() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heap = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        String row = String.format(Locale.ROOT, "| memory after the run: heap in use after GC %,d MB, resident %,d MB "
                + "(application and harness in one JVM) | | | | | |", heap, ProcessMemory.residentMegabytes(ProcessHandle.current().pid()));
        System.out.println(row);
        return row;
    }
}
