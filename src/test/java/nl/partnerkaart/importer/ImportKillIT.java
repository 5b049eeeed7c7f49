package nl.partnerkaart.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.PartnerkaartApplication;
import nl.partnerkaart.TestApplications;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The application is killed with SIGKILL in the middle of a large import, after it committed at least one batch,
 * in a process of its own, and started again on the same data directory: the start-up rolls the committed batches
 * back, so the knowledge base must be exactly as before the import, the import's journal says rolled back, and an
 * audit entry tells administrators so.
 */
class ImportKillIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    /** The import's journal is left out. */
    private static final String COUNTS = "MATCH (n) WHERE NOT n:ImportRun WITH count(n) AS nodes, "
            + "sum(CASE WHEN n.version IS :: INTEGER THEN n.version ELSE 0 END) AS versions RETURN nodes, versions, COUNT { ()-[]->() } AS relationships, COUNT { (c:Change) } AS changes, "
            + "COUNT { (p:Partner) WHERE p.id STARTS WITH 'K-' } AS killed";

    @Test
    void aKillMidImportLeavesTheDatabaseExactlyAsItWas() throws Exception {
        Path data = TestApplications.newDataDirectory();
        Process first = start(data);
        Api api;
        List<Object> before;
        try {
            api = awaitHealthy(first);
            before = counts(data);
            assertThat(before.get(4)).isEqualTo(0L);

            String job = api.postFiles("/api/import/jobs", "file", Map.of("partners.csv", largePartnersFile()))
                    .json().get("id").asString();
            awaitCommittedBatch(api, job, data);
        } finally {
            kill(first);
        }

        Process second = start(data);
        try {
            Api restarted = awaitHealthy(second);
            List<Object> after = counts(data);
            assertThat(after).isEqualTo(before);
            assertThat(query(data, "MATCH (r:ImportRun) RETURN collect(r.status)").get(0).asList())
                    .containsExactly("rolled back");
            JsonNode recovered = restarted.get("/api/audit?action=import.recovered").json();
            assertThat(recovered).hasSize(1);
            assertThat(recovered.get(0).get("outcome").asString()).isEqualTo("rolled back");
            assertThat(recovered.get(0).get("details").asString()).contains("by admin", "cut off");
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private static byte[] largePartnersFile() {
        StringBuilder csv = new StringBuilder("id,name,category,serves\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("K-").append(i).append(",Partner ").append(i).append(",company,VR")
                    .append(String.format("%02d", i % 25 + 1)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private int port;
    private int boltPort;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Process start(Path data) throws IOException {
        port = freePort();
        boltPort = freePort();
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), PartnerkaartApplication.class.getName()));
        TestApplications.properties(data).stream()
                .map(p -> p.startsWith("server.port=") ? "server.port=" + port
                        : p.startsWith("partnerkaart.embedded.bolt-address=") ? "partnerkaart.embedded.bolt-address=127.0.0.1:"
                        + boltPort : p)
                .forEach(p -> command.add("--" + p));
        File log = data.resolveSibling(data.getFileName() + ".log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    }

    private Api awaitHealthy(Process process) {
        // Health asks for no account: polling with credentials before the accounts exist would lock admin out.
        Api health = new Api(port, null, null);
        await("the application becomes healthy").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500))
                // The port opens only when the application is ready to serve.
                .ignoreExceptionsInstanceOf(RuntimeException.class)
                .until(() -> {
                    assertThat(process.isAlive()).as("the application process is running").isTrue();
                    return health.get("/actuator/health").status() == 200;
                });
        return new Api(port, "admin", TestApplications.ADMIN_PASSWORD);
    }

    /**
     * Polls until a batch of the import is committed (its partners are visible to another transaction) while its
     * journal still says applying, then returns: the kill comes in the middle of the batched apply.
     */
    private void awaitCommittedBatch(Api api, String job, Path data) {
        List<org.neo4j.driver.Value> applying = await("a committed batch of the import").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    JsonNode status = api.get("/api/import/jobs/" + job).json();
                    assertThat(status.get("phase").asString()).as("the import is still running").isNotIn("DONE", "FAILED");
                    return query(data, "RETURN COUNT { (r:ImportRun {status: 'applying'}) } AS runs, "
                            + "COUNT { (p:Partner) WHERE p.id STARTS WITH 'K-' } AS written");
                }, found -> found.get(0).asLong() == 1 && found.get(1).asLong() > 0);
        assertThat(applying.get(1).asLong()).as("the import is not finished").isLessThan(100_000);
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug would: no shutdown hook runs. */
    private static void kill(Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        process.waitFor();
        assertThat(process.exitValue()).isEqualTo(137);
    }

    /** Counted straight through Bolt: the workbench does not show internal data such as Change nodes. */
    private List<Object> counts(Path data) throws IOException {
        return query(data, COUNTS).stream().map(org.neo4j.driver.Value::asObject).toList();
    }

    private List<org.neo4j.driver.Value> query(Path data, String cypher) throws IOException {
        String password = java.nio.file.Files.readString(data.resolve("neo4j-password")).strip();
        try (var driver = org.neo4j.driver.GraphDatabase.driver("bolt://127.0.0.1:" + boltPort,
                org.neo4j.driver.AuthTokens.basic("neo4j", password)); var session = driver.session()) {
            return session.run(cypher).single().values();
        }
    }
}
