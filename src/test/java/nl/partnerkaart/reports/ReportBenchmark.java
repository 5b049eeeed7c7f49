package nl.partnerkaart.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.partnerkaart.Api;
import nl.partnerkaart.TestApplications;
import nl.partnerkaart.cypher.ExampleParameters;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * A benchmark, not a test: median and p95 of every report over HTTP (JSON, and the PDFs), then the PROFILE of
 * every file of {@code cypher/reports/} (database hits, rows, and the operators that grow badly with the graph),
 * in an application of its own. On the shipped data, or with a number of nodes as argument on a generated graph
 * kept in {@code target/benchmark-N} (shared with {@code scripts/benchmark.sh}, generated on first use).
 * Run with {@code scripts/measure-reports.sh [nodes]}; {@code BENCHMARK_RUNS=0} profiles only,
 * {@code -Dbenchmark.plan=<file>} prints that file's plan operator by operator.
 */
public final class ReportBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = Integer.getInteger("benchmark.runs", 25);
    private static final List<String> CALLS = List.of("coverage", "action-items", "action-items?by=network",
            "exercises", "networks", "partner-profiles?region=VR16", "region-profile?region=VR16", "data-quality",
            "state-of-vital-partnerships", "coverage?format=csv", "coverage?format=xlsx", "coverage?format=pdf",
            "region-profile?region=VR16&format=pdf", "state-of-vital-partnerships?format=pdf");
    /** The files that need one region; the others are profiled nationally, their largest case. */
    private static final Set<String> ONE_REGION = Set.of("partner-profiles", "region-ties");
    /** Operators whose work grows with the product of two inputs or holds everything before going on. */
    private static final Set<String> SUSPECT = Set.of("CartesianProduct", "Eager", "VarLengthExpand(All)",
            "VarLengthExpand(Pruning)", "AllNodesScan");

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int nodes = args.length == 0 ? 0 : Integer.parseInt(args[0]);
        Path directory = nodes == 0 ? TestApplications.newDataDirectory() : Path.of("target/benchmark-" + nodes).toAbsolutePath();
        List<String> properties = new ArrayList<>(List.of("logging.level.nl.partnerkaart.generator=INFO"));
        if (nodes > 0 && !Files.exists(directory.resolve("data"))) {
            properties.add("partnerkaart.generate.nodes=" + nodes);
        }
        try (ConfigurableApplicationContext app = TestApplications.start(directory, properties.toArray(String[]::new))) {
            System.out.printf("%nReports on the %s%n", nodes == 0 ? "shipped data set"
                    : String.format(Locale.ROOT, "generated graph of %,d nodes", nodes));
            time(new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), "admin",
                    TestApplications.ADMIN_PASSWORD));
            profile(app.getBean(Driver.class));
        }
    }

    private static void time(Api api) {
        if (RUNS == 0) {
            return;
        }
        // Reports are kept until the graph changes, so the first call is the one that computes (after a change),
        // and the calls after it are what everyone else gets.
        System.out.printf("%n%-48s %10s %10s %10s%n", "GET /api/reports/... (" + RUNS + " calls)", "first ms",
                "median ms", "p95 ms");
        for (String call : CALLS) {
            String path = "/api/reports/" + call + (call.contains("?") ? "&" : "?") + "asOf=2026-11-23";
            List<Long> times = new ArrayList<>();
            long first = 0;
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long start = System.nanoTime();
                Api.Response response = api.get(path);
                long took = System.nanoTime() - start;
                if (response.status() != 200) {
                    throw new IllegalStateException(path + ": " + response.status() + " " + response.body());
                }
                if (i == 0) {
                    first = took;
                }
                if (i >= WARM_UP) {
                    times.add(took);
                }
            }
            Collections.sort(times);
            System.out.printf("%-48s %10.0f %10.0f %10.0f%n", call, first / 1e6, times.get(RUNS / 2) / 1e6,
                    times.get((int) Math.ceil(RUNS * 0.95) - 1) / 1e6);
        }
    }

    private static void profile(Driver driver) throws IOException {
        System.out.printf("%n%-30s %12s %8s %8s  %s%n", "PROFILE cypher/reports/", "db hits", "rows", "ms", "suspect operators");
        for (String name : files()) {
            String query = new ClassPathResource(ReportCypher.path(name)).getContentAsString(StandardCharsets.UTF_8);
            // The parameters the file documents, but every region and every sector where it can: the largest case.
            Map<String, Object> parameters = ExampleParameters.of(name, query);
            parameters.put("region", ONE_REGION.contains(name) ? "VR16" : null);
            parameters.put("sectors", null);
            try (var session = driver.session()) {
                long start = System.nanoTime();
                // Rows are read before the summary: some plans are only profiled once their result is materialised.
                ResultSummary summary = session.executeRead(tx -> {
                    var result = tx.run("PROFILE " + query, parameters);
                    result.list();
                    return result.consume();
                });
                Set<String> suspects = new TreeSet<>();
                System.out.printf("%-30s %12d %8d %8.0f  %s%n", name, dbHits(summary.profile(), suspects),
                        summary.profile().records(), (System.nanoTime() - start) / 1e6, suspects);
                if (name.equals(System.getProperty("benchmark.plan"))) {
                    print(summary.profile(), "  ");
                }
            }
        }
    }

    /** The operator tree with the db hits and rows of each, to see where a query spends them. */
    private static void print(ProfiledPlan plan, String indent) {
        System.out.printf("%s%s %s db hits %d rows %d%n", indent, plan.operatorType(),
                plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.value("")).asString(), plan.dbHits(),
                plan.records());
        plan.children().forEach(child -> print(child, indent + "  "));
    }

    private static long dbHits(ProfiledPlan plan, Set<String> suspects) {
        if (SUSPECT.contains(plan.operatorType().replace("@neo4j", ""))) {
            suspects.add(plan.operatorType().replace("@neo4j", ""));
        }
        return plan.dbHits() + plan.children().stream().mapToLong(child -> dbHits(child, suspects)).sum();
    }

    private static List<String> files() throws IOException {
        try (var paths = Files.list(Path.of("cypher/reports"))) {
            return paths.map(p -> p.getFileName().toString().replace(".cypher", "")).sorted().toList();
        }
    }
}
