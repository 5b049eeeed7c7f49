package nl.partnerkaart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;

class ApplicationTests extends ApplicationTest {

    @Test
    void healthIsUpWithTheDatabase() {
        Api.Response health = api().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().at("/components/neo4j/status").asString()).isEqualTo("UP");
        assertThat(anonymous().get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void schemaHasAUniqueIdForEveryLabelAndTheSearchIndex() {
        try (var session = driver.session()) {
            List<String> constrained = session.run("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
                            + "WHERE type = 'UNIQUENESS' AND properties = ['id'] AND NOT labelsOrTypes[0] STARTS WITH '__' "
                            + "RETURN labelsOrTypes[0] AS label")
                    .list(r -> r.get("label").asString());
            assertThat(constrained).containsAll(nl.partnerkaart.model.Kinds.NODE_LABELS);
            long searchIndexes = session.run("SHOW FULLTEXT INDEXES YIELD name, state "
                    + "WHERE name = 'node_search' AND state = 'ONLINE' RETURN count(*) AS n").single().get("n").asLong();
            assertThat(searchIndexes).isEqualTo(1);
        }
    }

    @Test
    void everyApiCallNeedsAnAccountAndSaysSoAsAProblem() {
        Api.Response response = anonymous().get("/api/import");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("Sign in");

        Api.Response wrongPassword = new Api(port, "admin", "not-the-password").get("/api/import");
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void openApiDescribesTheApi() {
        Api.Response docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/import")).isTrue();
        assertThat(anonymous().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void unknownApiPathsAreRefusedWithAProblemNotAStackTrace() {
        Api.Response response = api().get("/api/does-not-exist");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at nl.");
    }
}
