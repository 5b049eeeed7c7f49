package nl.partnerkaart.importer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.IntFunction;

import nl.partnerkaart.Api;
import nl.partnerkaart.TestApplications;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A benchmark, not a test: import throughput through the real path (HTTP upload, CSV parsing, validation of
 * every cell and reference, comparison with the database, writing, change history, audit), on generated files
 * of 100,000 partners and 300,000 relationships. Starts its own application on a temporary directory with the
 * shipped data set. Run with {@code scripts/measure-import.sh}.
 */
public final class ImportThroughput {

    private static final int PARTNERS = 100_000;
    private static final int NETWORKS = 100;
    private static final String[] CATEGORIES = {"company", "police", "drinking-water", "grid-operator", "hospital"};
    private static final double RAW_NODES_PER_SECOND = 51_000;
    private static final double RAW_RELATIONSHIPS_PER_SECOND = 34_000;

    private ImportThroughput() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = TestApplications.start(TestApplications.newDataDirectory(),
                "partnerkaart.import.max-file-size=60MB", "spring.servlet.multipart.max-file-size=60MB",
                "spring.servlet.multipart.max-request-size=61MB", "logging.level.root=WARN",
                // 100,000 partners with 300,000 relationships and their history in one transaction need more
                // than the default 1 GB of transaction memory.
                "partnerkaart.embedded.transaction-memory-max=3GB")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Api api = new Api(port, "admin", TestApplications.ADMIN_PASSWORD);
            importFile(api, "networks.csv", "id,name\n", NETWORKS, i -> "B-N" + i + ",Netwerk " + i);

            String partnersHeader = "id,name,category,serves\n";
            IntFunction<String> partner = i -> "B-P" + i + ",Benchmarkpartner " + i + "," + CATEGORIES[i % 5] + ","
                    + region(i) + "|" + region(i + 7) + "|" + region(i + 13);
            System.out.printf("%n%-58s %8s %12s %14s%n", "import (100,000 partners, 300,000 relationships)", "s",
                    "nodes/s", "relationships/s");
            double nodesWithServes = importFile(api, "partners.csv", partnersHeader, PARTNERS, partner);
            print("partners.csv: 100,000 new partners, each serving 3 regions", nodesWithServes, PARTNERS, 3 * PARTNERS);
            double unchanged = importFile(api, "partners.csv", partnersHeader, PARTNERS, partner);
            print("the same file again (nothing changes)", unchanged, 0, 0);
            System.out.printf("%-58s %8s %12.0f %14s%n", "  rows compared per second", "", PARTNERS / unchanged, "");
            double memberships = importFile(api, "memberships.csv", "member,network,host\n", 3 * PARTNERS,
                    i -> "B-P" + (i / 3) + ",B-N" + ((i / 3 + (i % 3) * 31) % NETWORKS) + "," + (i % 3 == 0));
            print("memberships.csv: 300,000 new relationship rows", memberships, 0, 3 * PARTNERS);
            System.out.printf("%nRaw engine (TECH-NOTES.md): %,.0f nodes/s, %,.0f relationships/s with batched UNWIND.%n",
                    RAW_NODES_PER_SECOND, RAW_RELATIONSHIPS_PER_SECOND);
            System.out.printf("Whole first import as node-equivalents at the raw rates: %.1f s raw vs %.1f s here "
                    + "(%.0f%% of raw speed).%n", PARTNERS / RAW_NODES_PER_SECOND + 3 * PARTNERS / RAW_RELATIONSHIPS_PER_SECOND,
                    nodesWithServes, 100 * (PARTNERS / RAW_NODES_PER_SECOND + 3 * PARTNERS / RAW_RELATIONSHIPS_PER_SECOND)
                            / nodesWithServes);
        }
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
