package nl.partnerkaart.disk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.TestApplications;
import nl.partnerkaart.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Finding 5 of issue 21: on a disk below the reserve every write is refused with a 503 that names the cause and the
 * free space while reads go on (the reserve set above the real free space), and after a real Neo4j panic health and
 * readiness say DOWN and every request answers 503 naming the cause (before: 500s while health said UP).
 */
class DiskGuardTests {

    private static final String PARTNER = "{\"id\":\"T-DISK-1\",\"name\":\"Schijf\",\"category\":\"company\"}";

    @Test
    void belowTheReserveWritesAreRefusedAndReadsGoOnAndAPanicTakesHealthAndReadinessDown() throws Exception {
        Path data = TestApplications.newDataDirectory();
        long free = Files.getFileStore(data).getUsableSpace();
        String reserve = (free / (1024 * 1024) + 1_000_000) + "MB";
        try (ConfigurableApplicationContext app = TestApplications.start(data, "partnerkaart.dataset.load-on-start=false",
                "partnerkaart.disk.read-only-below=" + reserve)) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            Api admin = new Api(port, "admin", TestApplications.ADMIN_PASSWORD);

            Api.Response write = admin.send("POST", "/api/items/partners", "application/json", PARTNER);
            assertThat(write.status()).isEqualTo(503);
            assertThat(write.contentType()).contains("application/problem+json");
            assertThat(write.json().get("detail").asString()).contains("read-only", "MB free",
                    "partnerkaart.disk.read-only-below");
            assertThat(write.json().get("freeDiskSpaceMb").asLong()).isPositive();
            Api.Response importing = admin.postFiles("/api/import", "file", Map.of("partners.csv",
                    "id,name,category\nT-DISK-2,Schijf,company\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(importing.status()).isEqualTo(503);
            // dryRun means "write nothing" only to the import: anywhere else it must not open the way past the guard.
            Api.Response dryRunEdit = admin.send("PUT", "/api/items/partners/T-DISK-1?dryRun=true",
                    "application/json", PARTNER);
            assertThat(dryRunEdit.status()).isEqualTo(503);
            assertThat(dryRunEdit.json().get("readOnly").asBoolean()).isTrue();
            Api.Response backup = admin.postJson("/api/backups", Map.of());
            assertThat(backup.status()).isEqualTo(503);
            assertThat(backup.json().get("detail").asString()).contains("This backup needs about",
                    "partnerkaart.backup.directory");
            assertThat(admin.postJson("/api/csv", Map.of("rows", List.of(List.of("id"), List.of("T-DISK-1"))))
                    .status()).isEqualTo(200);
            assertThat(admin.get("/api/search?q=schijf").status()).isEqualTo(200);
            assertThat(admin.postJson("/api/cypher", Map.of("query", "RETURN 1 AS one")).status()).isEqualTo(200);
            assertThat(health(port, "/actuator/health")).contains("\"UP\"");

            app.getBean(EmbeddedDatabase.class).databaseHealth()
                    .panic(new IOException("No space left on device (test)"));

            assertThat(health(port, "/actuator/health")).startsWith("503").contains("DOWN");
            assertThat(health(port, "/actuator/health/readiness")).startsWith("503").contains("DOWN");
            Api.Response read = admin.get("/api/search?q=schijf");
            assertThat(read.status()).isEqualTo(503);
            assertThat(read.json().get("detail").asString()).contains("critical error", "No space left on device",
                    "restart");
        }
    }

    @Test
    void anImportLargerThanTheFreeSpaceAllowsIsRefusedBeforeItStarts() throws IOException {
        Path data = TestApplications.newDataDirectory();
        // About 1 GB above the reserve: writable, but too little for 43 bytes that need a billion times their size.
        String reserve = (Files.getFileStore(data).getUsableSpace() / (1024 * 1024) - 1024) + "MB";
        try (ConfigurableApplicationContext app = TestApplications.start(data, "partnerkaart.dataset.load-on-start=false",
                "partnerkaart.disk.read-only-below=" + reserve, "partnerkaart.disk.import-space-factor=1000000000")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            Api admin = new Api(port, "admin", TestApplications.ADMIN_PASSWORD);
            byte[] csv = "id,name,category\nT-DISK-3,Schijf,company\n".getBytes(StandardCharsets.UTF_8);

            for (String path : new String[] {"/api/import", "/api/import/jobs"}) {
                Api.Response refused = admin.postFiles(path, "file", Map.of("partners.csv", csv));
                assertThat(refused.status()).as(path).isEqualTo(503);
                assertThat(refused.json().get("detail").asString()).contains("This import needs about", "MB free");
            }
            assertThat(admin.postFiles("/api/import?dryRun=true", "file", Map.of("partners.csv", csv)).status())
                    .isEqualTo(200);
            assertThat(admin.send("POST", "/api/items/partners", "application/json", PARTNER).status()).isEqualTo(201);
        }
    }

    /** Status and body of a health answer, without an account. */
    private static String health(int port, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
