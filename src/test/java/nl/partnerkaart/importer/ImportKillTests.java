package nl.partnerkaart.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.PartnerkaartApplication;
import nl.partnerkaart.TestApplications;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The application is killed with SIGKILL in the middle of a large import, in a process of its own, and started
 * again on the same data directory: the knowledge base must be exactly as before the import.
 */
class ImportKillTests {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final String COUNTS = "MATCH (n) WITH count(n) AS nodes, sum(coalesce(n.version, 0)) AS versions "
            + "RETURN nodes, versions, COUNT { ()-[]->() } AS relationships, COUNT { (c:Change) } AS changes, "
            + "COUNT { (p:Partner) WHERE p.id STARTS WITH 'K-' } AS killed";

    @Test
    void aKillMidImportLeavesTheDatabaseExactlyAsItWas() throws Exception {
        Path data = TestApplications.newDataDirectory();
        Process first = start(data);
        Api api;
        JsonNode before;
        try {
            api = awaitHealthy(first);
            before = counts(api);
            assertThat(before.get(4).asLong()).isZero();

            String job = api.postFiles("/api/import/jobs", "file", Map.of("partners.csv", largePartnersFile()))
                    .json().get("id").asString();
            awaitWriting(api, job);
        } finally {
            kill(first);
        }

        Process second = start(data);
        try {
            JsonNode after = counts(awaitHealthy(second));
            assertThat(after).isEqualTo(before);
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

    private Process start(Path data) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), PartnerkaartApplication.class.getName()));
        TestApplications.properties(data).stream()
                .map(p -> p.startsWith("server.port=") ? "server.port=" + port : p)
                .forEach(p -> command.add("--" + p));
        File log = data.resolveSibling(data.getFileName() + ".log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    }

    private Api awaitHealthy(Process process) throws InterruptedException {
        Api api = new Api(port, "admin", TestApplications.ADMIN_PASSWORD);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the application process is running").isTrue();
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return api;
                }
            } catch (RuntimeException notYetListening) {
                // The port opens only when the application is ready to serve.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not become healthy within " + START_TIMEOUT);
    }

    /** Polls the job until it is writing rows, then returns: the transaction is open and has written. */
    private static void awaitWriting(Api api, String job) throws InterruptedException {
        for (int i = 0; i < 2400; i++) {
            JsonNode status = api.get("/api/import/jobs/" + job).json();
            String phase = status.get("phase").asString();
            assertThat(phase).as("the import is still running").isNotIn("DONE", "FAILED");
            if (phase.equals("WRITING") && status.get("done").asLong() > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import never started writing");
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug would: no shutdown hook runs. */
    private static void kill(Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        process.waitFor();
        assertThat(process.exitValue()).isEqualTo(137);
    }

    private static JsonNode counts(Api api) {
        Api.Response response = api.postJson("/api/cypher", Map.of("query", COUNTS));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("rows").get(0);
    }
}
