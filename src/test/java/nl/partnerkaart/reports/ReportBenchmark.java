package nl.partnerkaart.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nl.partnerkaart.Api;
import nl.partnerkaart.TestApplications;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A benchmark, not a test: median and p95 of every report over HTTP (JSON, and the PDFs), on the shipped data,
 * in an application of its own on a temporary directory. Run with {@code scripts/measure-reports.sh}.
 */
public final class ReportBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 25;
    private static final List<String> CALLS = List.of("coverage", "action-items", "action-items?by=network",
            "exercises", "networks", "partner-profiles?region=VR16", "region-profile?region=VR16", "data-quality",
            "state-of-vital-partnerships", "coverage?format=csv", "coverage?format=xlsx", "coverage?format=pdf",
            "region-profile?region=VR16&format=pdf", "state-of-vital-partnerships?format=pdf");

    private ReportBenchmark() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = TestApplications.start(TestApplications.newDataDirectory())) {
            Api api = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), "admin",
                    TestApplications.ADMIN_PASSWORD);
            System.out.printf("%n%-48s %10s %10s%n", "GET /api/reports/... (" + RUNS + " calls)", "median ms", "p95 ms");
            for (String call : CALLS) {
                String path = "/api/reports/" + call + (call.contains("?") ? "&" : "?") + "asOf=2026-11-23";
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < WARM_UP + RUNS; i++) {
                    long start = System.nanoTime();
                    Api.Response response = api.get(path);
                    long took = System.nanoTime() - start;
                    if (response.status() != 200) {
                        throw new IllegalStateException(path + ": " + response.status() + " " + response.body());
                    }
                    if (i >= WARM_UP) {
                        times.add(took);
                    }
                }
                Collections.sort(times);
                System.out.printf("%-48s %10.0f %10.0f%n", call, times.get(RUNS / 2) / 1e6,
                        times.get((int) Math.ceil(RUNS * 0.95) - 1) / 1e6);
            }
        }
    }
}
