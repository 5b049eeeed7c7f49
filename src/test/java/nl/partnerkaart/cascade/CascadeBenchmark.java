package nl.partnerkaart.cascade;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Not a test: a benchmark (docs/cascade.md). Generates a synthetic asset graph into a scratch embedded
 * database and prints the time of whole cascade answers (propagation, places, partners and graph), as the
 * endpoint computes them, from random starts.
 * <p>
 * Arguments: assets (default 100000), dependencies (500000), runs (50), hours (72).
 */
public final class CascadeBenchmark {

    public static void main(String[] args) throws Exception {
        int assets = argument(args, 0, 100_000);
        int dependencies = argument(args, 1, 500_000);
        int runs = argument(args, 2, 50);
        double hours = argument(args, 3, 72);
        Path home = Files.createTempDirectory("partnerkaart-benchmark-");
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(GraphDatabaseSettings.pagecache_memory, 512L * 1024 * 1024)
                .build();
        GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        String bolt = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).toString();
        try (Driver driver = GraphDatabase.driver("bolt://" + bolt, AuthTokens.none())) {
            long generated = System.nanoTime();
            generate(driver, assets, dependencies);
            System.out.printf("generated %,d assets and %,d dependencies in %.1f s%n", assets, dependencies,
                    (System.nanoTime() - generated) / 1e9);
            CascadeAnalysis analysis = new CascadeAnalysis(driver);
            Random random = new Random(7);
            for (int i = 0; i < 5; i++) {
                time(driver, analysis, "A" + random.nextInt(assets), hours); // warm-up
            }
            double[] propagation = new double[runs];
            for (int i = 0; i < runs; i++) {
                String start = "A" + random.nextInt(assets);
                long begin = System.nanoTime();
                try (Session session = driver.session()) {
                    session.executeRead(tx -> new Propagation(new DatabaseNeighbours(tx), Set.of(), hours,
                            CascadeAnalysis.CAP).run(List.of(new Element(start, Element.Level.ASSET, start))));
                }
                propagation[i] = (System.nanoTime() - begin) / 1e6;
            }
            Arrays.sort(propagation);
            System.out.printf("%d propagations only (reading what is reachable, Dijkstra): median %.1f ms, p95 %.1f ms%n",
                    runs, propagation[runs / 2], propagation[(int) Math.ceil(runs * 0.95) - 1]);
            double[] millis = new double[runs];
            int[] sizes = new int[runs];
            int truncated = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                CascadeAnswer answer = time(driver, analysis, "A" + random.nextInt(assets), hours);
                millis[i] = (System.nanoTime() - start) / 1e6;
                sizes[i] = answer.assets().size();
                truncated += answer.truncated() ? 1 : 0;
            }
            Arrays.sort(millis);
            Arrays.sort(sizes);
            System.out.printf("%d whole cascade answers, horizon %.0f h: median %.1f ms, p95 %.1f ms, max %.1f ms; "
                            + "median %d affected assets, %d of %d truncated at %,d%n", runs, hours,
                    millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1], millis[runs - 1], sizes[runs / 2],
                    truncated, runs, CascadeAnalysis.CAP);
        } finally {
            service.shutdown();
            org.springframework.util.FileSystemUtils.deleteRecursively(home);
        }
    }

    private static CascadeAnswer time(Driver driver, CascadeAnalysis analysis, String start, double hours) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> analysis.analyse(tx, List.of(new Element(start, Element.Level.ASSET, start)),
                    new CascadeQuery(List.of(start), hours, Set.of(), java.time.LocalDate.now())));
        }
    }

    /** Assets in 342 municipalities of 25 regions; each dependency between two random assets, 0 to 48 hours. */
    private static void generate(Driver driver, int assets, int dependencies) {
        try (Session session = driver.session()) {
            session.run("CREATE CONSTRAINT IF NOT EXISTS FOR (n:Asset) REQUIRE n.id IS UNIQUE").consume();
            session.run("CREATE CONSTRAINT IF NOT EXISTS FOR (n:Municipality) REQUIRE n.id IS UNIQUE").consume();
            session.run("""
                    UNWIND range(1, 25) AS r CREATE (region:SafetyRegion {id: 'R' + r, name: 'Region ' + r})
                    WITH region, r UNWIND range(0, 13) AS m
                    CREATE (:Municipality {id: 'M' + (r * 14 + m), name: 'Municipality ' + (r * 14 + m)})-[:PART_OF]->(region)
                    """).consume();
            Random random = new Random(42);
            for (int from = 0; from < assets; from += 10_000) {
                session.run("""
                        UNWIND range($from, $to - 1) AS i
                        MATCH (m:Municipality {id: 'M' + (14 + i % 350)})
                        CREATE (:Asset {id: 'A' + i, name: 'Asset ' + i, kind: 'substation', origin: 'illustrative'})-[:LOCATED_IN]->(m)
                        """, Map.of("from", from, "to", Math.min(from + 10_000, assets))).consume();
            }
            for (int done = 0; done < dependencies; done += 10_000) {
                List<Map<String, Object>> batch = new ArrayList<>();
                for (int i = 0; i < Math.min(10_000, dependencies - done); i++) {
                    batch.add(Map.of("from", "A" + random.nextInt(assets), "to", "A" + random.nextInt(assets),
                            "hours", (double) random.nextInt(49)));
                }
                session.run("""
                        UNWIND $batch AS d
                        MATCH (a:Asset {id: d.from}), (b:Asset {id: d.to})
                        CREATE (a)-[:DEPENDS_ON {timeToImpactHours: d.hours}]->(b)
                        """, Map.of("batch", batch)).consume();
            }
        }
    }

    private static int argument(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
