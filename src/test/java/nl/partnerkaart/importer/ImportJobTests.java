package nl.partnerkaart.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.TestAccounts;
import nl.partnerkaart.security.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Background imports: started with 202, polled to the report, visible only to whoever started them. */
class ImportJobTests extends ApplicationTest {

    @Autowired
    UserAccounts accounts;

    @AfterEach
    void removeTestNodes() {
        deleteNodesWithIdPrefix("T-J");
        deleteChangesOf("T-J");
    }

    private JsonNode awaitDone(Api api, String id) {
        return await("import job " + id + " finishes").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/import/jobs/" + id).json(),
                        job -> job.get("phase").asString().equals("DONE") || job.get("phase").asString().equals("FAILED"));
    }

    @Test
    void aBackgroundDryRunThenImportReportLikeTheDirectOne() {
        Api editor = TestAccounts.as(Role.EDITOR, accounts, port);
        Map<String, byte[]> file = Map.of("partners.csv",
                "id,name,category,serves\nT-J-1,Achtergrond,company,VR16\n".getBytes(StandardCharsets.UTF_8));

        Api.Response started = editor.postFiles("/api/import/jobs?dryRun=true", "file", file);
        assertThat(started.status()).isEqualTo(202);
        JsonNode dryRun = awaitDone(editor, started.json().get("id").asString());
        assertThat(dryRun.at("/report/kinds/0/created").asInt()).isEqualTo(1);
        assertThat(dryRun.get("total").asLong()).isEqualTo(1);
        assertThat(single("MATCH (p:Partner {id: 'T-J-1'}) RETURN count(p)")).isEqualTo(0L);

        JsonNode applied = awaitDone(editor, editor.postFiles("/api/import/jobs", "file", file).json().get("id").asString());
        assertThat(applied.at("/report/applied").asBoolean()).isTrue();
        assertThat(single("MATCH (p:Partner {id: 'T-J-1'}) RETURN count(p)")).isEqualTo(1L);
    }

    @Test
    void aJobWithProblemsEndsWithThemAndOthersCannotSeeIt() {
        Api editor = TestAccounts.as(Role.EDITOR, accounts, port);
        String id = editor.postFiles("/api/import/jobs", "file", Map.of("partners.csv",
                "id,name,category\nT-J-2,Fout,bakery\n".getBytes(StandardCharsets.UTF_8))).json().get("id").asString();

        JsonNode job = awaitDone(editor, id);
        assertThat(job.at("/report/problems/0/column").asString()).isEqualTo("category");
        assertThat(api().get("/api/import/jobs/" + id).status()).isEqualTo(404);
    }
}
